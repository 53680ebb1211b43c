# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main_()::Nothing
    println("hello from main")
    return nothing
end

function main()
    main_()
    return nothing
end

main()
