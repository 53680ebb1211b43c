# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for a in Bool[false, true]
        for b in Bool[false, true]
            println(a ? "True" : "False", " ", b ? "True" : "False", " ", a && b ? "True" : "False", " ", a || b ? "True" : "False", " ", !a && b ? "True" : "False", " ", a != b ? "True" : "False")
        end
    end
    return nothing
end

main()
