# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function power(base::BigInt, exponent_::BigInt)::BigInt
    return base ^ exponent_
end

function main()
    println(power(big(5), big(2)))
    println(power(big(2), big(10)))
    println(power(big(3), big(3)))
    return nothing
end

main()
