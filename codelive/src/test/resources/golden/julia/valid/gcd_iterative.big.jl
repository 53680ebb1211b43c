# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::BigInt, b::BigInt)::BigInt
    while b != 0
        a, b = b, mod(a, b)
    end
    return a
end

function main()
    println(gcd_(big(48), big(18)), " ", gcd_(big(17), big(5)), " ", gcd_(big(0), big(9)))
    return nothing
end

main()
