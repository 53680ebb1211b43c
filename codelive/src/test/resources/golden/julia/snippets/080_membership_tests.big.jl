# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    items::Vector{BigInt} = BigInt[1, 2, 3]
    println(2 in items ? "True" : "False")
    println(5 in items ? "True" : "False")
    println(!(5 in items) ? "True" : "False")
    println(occursin("an", "banana") ? "True" : "False")
    return nothing
end

main()
