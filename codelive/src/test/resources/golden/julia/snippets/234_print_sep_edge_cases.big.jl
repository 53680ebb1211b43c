# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println("a", "", "b", "", "c")
    println("a", " | ", "b")
    println(1, "\n", 2, "\n", 3)
    println("only")
    println()
    print("end", "")
    println()
    return nothing
end

main()
