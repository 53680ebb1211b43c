# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for i in big(1):3
        for j in big(1):3
            print(i * j, "\t")
        end
        println()
    end
    return nothing
end

main()
