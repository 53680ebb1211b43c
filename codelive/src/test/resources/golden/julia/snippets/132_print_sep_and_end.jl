# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(1, ", ", 2, ", ", 3)
    println("a", "", "b")
    print("no newline", "")
    println(" continued")
    print(1, "-", 2, "!\n")
    print("x", " ")
    println("y")
    return nothing
end

main()
