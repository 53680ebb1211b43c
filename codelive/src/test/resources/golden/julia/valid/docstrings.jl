# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function documented(x::Int64)::Int64
    return x * 2
end

function main()
    println(documented(4))
    return nothing
end

main()
