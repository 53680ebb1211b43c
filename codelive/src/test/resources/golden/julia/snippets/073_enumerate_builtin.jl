# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for (i, name) in zip(Iterators.countfrom(0), String["a", "b", "c"])
        println(i, " ", name)
    end
    for (i, value) in zip(Iterators.countfrom(1), Int64[10, 20])
        println(i, " ", value)
    end
    return nothing
end

main()
