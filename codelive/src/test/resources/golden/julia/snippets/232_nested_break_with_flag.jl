# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    target::Int64 = 24
    found::Bool = false
    for a in 1:9
        for b in a:9
            if a * b == target
                println(a, " ", b)
                found = true
                break
            end
        end
        if found
            break
        end
    end
    println(found ? "True" : "False")
    return nothing
end

main()
