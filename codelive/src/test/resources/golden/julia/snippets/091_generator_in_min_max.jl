# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    words::Vector{String} = String["kiwi", "banana", "fig", "cherry"]
    println(maximum(length(w) for w in words))
    println(minimum(length(w) for w in words))
    return nothing
end

main()
