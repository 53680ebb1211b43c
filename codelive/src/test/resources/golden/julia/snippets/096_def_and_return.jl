# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function square(n::Int64)::Int64
    return n * n
end

function main()
    println(square(7))
    println(square(-3))
    return nothing
end

main()
