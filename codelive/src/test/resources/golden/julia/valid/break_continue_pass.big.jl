# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for i in big(0):9
        if mod(i, 2) == 0
            continue
        end
        if i > 7
            break
        end
        println(i)
    end
    for _v in big(0):2
    end
    return nothing
end

main()
