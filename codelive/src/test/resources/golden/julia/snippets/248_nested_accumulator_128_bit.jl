# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::Int128 = 0
    for i in Int128(1):300
        for j in Int128(1):200
            if mod(i + j, 3) != 0
                total = total + (i * j) ^ 4
            end
        end
    end
    println(total)
    return nothing
end

main()
