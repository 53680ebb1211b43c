# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main_()::Nothing
    println("running main")
    total::BigInt = 0
    for i in big(0):4
        total = total + i
    end
    println(total)
    return nothing
end

function main()
    main_()
    return nothing
end

main()
