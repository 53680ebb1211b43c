# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::Int64 = 0
    for i in 0:999
        for j in 0:499
            total = total + mod(i * j, 7)
        end
    end
    println(total)
    return nothing
end

main()
