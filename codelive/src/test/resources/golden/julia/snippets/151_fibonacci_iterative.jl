# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function fib(n::Int128)::Int128
    local a::Int128
    local b::Int128
    a, b = 0, 1
    for _v in Int128(0):n - 1
        a, b = b, a + b
    end
    return a
end

function main()
    for n in Int128[0, 1, 2, 10, 50, 90, 100]
        println(n, " ", fib(n))
    end
    return nothing
end

main()
