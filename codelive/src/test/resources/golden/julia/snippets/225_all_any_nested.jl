# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    grid::Vector{Vector{Int64}} = Vector{Int64}[Int64[1, 2, 3], Int64[4, 5, 6], Int64[7, 8, 9]]
    println(all(all(v > 0 for v in row) for row in grid) ? "True" : "False")
    println(any(any(v == 5 for v in row) for row in grid) ? "True" : "False")
    println(all(sum(row; init = 0) > 6 for row in grid) ? "True" : "False")
    return nothing
end

main()
