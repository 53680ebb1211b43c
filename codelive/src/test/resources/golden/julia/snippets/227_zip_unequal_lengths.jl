# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::Vector{Int64} = Int64[1, 2, 3, 4]
    b::Vector{String} = String["w", "x"]
    println(length(collect(zip(a, b))))
    for (n, s) in zip(a, b)
        println(n, " ", s)
    end
    return nothing
end

main()
