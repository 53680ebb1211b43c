# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    names::Vector{String} = String["ada", "grace", "alan"]
    for (i, name) in zip(Iterators.countfrom(big(0)), names)
        println(i, " ", name)
    end
    for (i, (a, b)) in zip(Iterators.countfrom(big(0)), zip(names, names[2:end]))
        println(i, " ", a, " ", b)
    end
    return nothing
end

main()
