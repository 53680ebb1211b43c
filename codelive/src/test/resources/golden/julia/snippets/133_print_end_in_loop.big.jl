# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for i in big(0):4
        print(i, " ")
    end
    println()
    for i in big(0):2
        print(i, ",")
    end
    println("")
    return nothing
end

main()
