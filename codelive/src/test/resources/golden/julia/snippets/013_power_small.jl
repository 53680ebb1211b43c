# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(2 ^ 10)
    println(3 ^ 4)
    println((-2) ^ 3)
    println((-2) ^ 4)
    println(5 ^ 0)
    println(0 ^ 0)
    return nothing
end

main()
