# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    name::String = "Ada"
    year::Int64 = 1815
    println("$(name) was born in $(year)")
    println("$(name)$(name)")
    println("sum=$(1 + 2)")
    println("")
    return nothing
end

main()
