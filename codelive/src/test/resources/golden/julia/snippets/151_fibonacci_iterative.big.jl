# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function fib(n::BigInt)::BigInt
    local a::BigInt
    local b::BigInt
    a, b = 0, 1
    for _v in big(0):n - 1
        a, b = b, a + b
    end
    return a
end

function main()
    for n in BigInt[0, 1, 2, 10, 50, 90, 100]
        println(n, " ", fib(n))
    end
    return nothing
end

main()
