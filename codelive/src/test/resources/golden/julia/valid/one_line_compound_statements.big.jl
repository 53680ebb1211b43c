# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function one()::BigInt
    return 1
end

function main()
    for i in big(0):1
        println(i)
    end
    while false
    end
    if one() != 0
        println("one")
    else
        println("none")
    end
    return nothing
end

main()
