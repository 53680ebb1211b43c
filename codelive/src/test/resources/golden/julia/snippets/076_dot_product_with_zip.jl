# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::Vector{Int64} = Int64[1, 2, 3, 4]
    b::Vector{Int64} = Int64[5, 6, 7, 8]
    println(sum(x * y for (x, y) in zip(a, b); init = 0))
    return nothing
end

main()
