# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(length(Int64[1, 2, 3]))
    println(length(Int64[]))
    println(length("hello"))
    println(length(""))
    println(length(0:6))
    println(length(Vector{Int64}[Int64[1, 2], Int64[3]]))
    return nothing
end

main()
