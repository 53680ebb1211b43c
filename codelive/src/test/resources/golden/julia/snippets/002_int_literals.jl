# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(0)
    println(42)
    println(-7)
    println(1000000)
    println(31, " ", 15, " ", 5)
    return nothing
end

main()
