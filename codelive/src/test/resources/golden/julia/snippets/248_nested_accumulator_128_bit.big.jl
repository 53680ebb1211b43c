# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::BigInt = 0
    for i in big(1):300
        for j in big(1):200
            if mod(i + j, 3) != 0
                total = total + (i * j) ^ 4
            end
        end
    end
    println(total)
    return nothing
end

main()
