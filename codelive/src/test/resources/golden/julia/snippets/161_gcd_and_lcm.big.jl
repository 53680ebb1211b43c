# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::BigInt, b::BigInt)::BigInt
    while b != 0
        a, b = b, mod(a, b)
    end
    return a
end

function lcm_(a::BigInt, b::BigInt)::BigInt
    return fld(a, gcd_(a, b)) * b
end

function main()
    println(gcd_(big(1071), big(462)))
    println(lcm_(big(4), big(6)))
    result::BigInt = 1
    for i in big(1):20
        result = lcm_(result, i)
    end
    println(result)
    return nothing
end

main()
