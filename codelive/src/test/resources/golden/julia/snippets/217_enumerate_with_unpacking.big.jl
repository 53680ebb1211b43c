# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    rows::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1, 2], BigInt[3, 4]]
    for (i, (a, b)) in zip(Iterators.countfrom(big(0)), rows)
        println(i, " ", a, " ", b)
    end
    for (index, (name, score)) in zip(Iterators.countfrom(big(0)), zip(String["ann", "bob"], BigInt[90, 85]))
        println(index, " ", name, " ", score)
    end
    return nothing
end

main()
