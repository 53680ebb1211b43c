# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function power(base::Int64, exponent_::Int64)::Int64
    return base ^ exponent_
end

function main()
    println(power(5, 2))
    println(power(2, 10))
    println(power(3, 3))
    return nothing
end

main()
