# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function double(x::BigInt)::BigInt
    return 2 * x
end

function quadruple(x::BigInt)::BigInt
    return double(double(x))
end

function main()
    println(quadruple(big(5)))
    println(double(quadruple(big(1))))
    return nothing
end

main()
