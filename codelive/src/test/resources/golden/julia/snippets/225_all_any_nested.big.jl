# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    grid::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1, 2, 3], BigInt[4, 5, 6], BigInt[7, 8, 9]]
    println(all(all(v > 0 for v in row) for row in grid) ? "True" : "False")
    println(any(any(v == 5 for v in row) for row in grid) ? "True" : "False")
    println(all(sum(row; init = big(0)) > 6 for row in grid) ? "True" : "False")
    return nothing
end

main()
