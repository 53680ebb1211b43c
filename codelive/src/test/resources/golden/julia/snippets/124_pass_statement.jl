# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::Int64 = 0
    for outer i in 0:2
    end
    println(i)
    if i > 1
    else
        println("unreachable")
    end
    println("done")
    return nothing
end

main()
