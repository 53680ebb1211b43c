# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(big(2) ^ 10)
    println(big(3) ^ 4)
    println(big(-2) ^ 3)
    println(big(-2) ^ 4)
    println(big(5) ^ 0)
    println(big(0) ^ 0)
    return nothing
end

main()
