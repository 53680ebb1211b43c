# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    found::Int64 = 0
    for i in 1:9
        for j in 1:9
            if i * j == 42
                found = i * 10 + j
                break
            end
        end
        if found != 0
            break
        end
    end
    println(found)
    return nothing
end

main()
