# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::BigInt, b::BigInt)::BigInt
    if b == 0
        return a
    end
    return gcd_(b, mod(a, b))
end

function main()
    println(gcd_(big(48), big(18)))
    println(gcd_(big(17), big(5)))
    println(gcd_(big(0), big(9)))
    println(gcd_(big(2) ^ 40, big(6) ^ 20))
    return nothing
end

main()
