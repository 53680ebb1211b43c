# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for n in BigInt[2, 9, 11]
        broke1 = false
        for d in big(2):n - 1
            if mod(n, d) == 0
                println(n, " ", "is composite")
                broke1 = true
                break
            end
        end
        if !broke1
            println(n, " ", "is prime")
        end
    end
    return nothing
end

main()
