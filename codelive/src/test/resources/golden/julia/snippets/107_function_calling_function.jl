# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function double(x::Int64)::Int64
    return 2 * x
end

function quadruple(x::Int64)::Int64
    return double(double(x))
end

function main()
    println(quadruple(5))
    println(double(quadruple(1)))
    return nothing
end

main()
