# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(2 ^ big(3) ^ 2)
    println((big(2) ^ 3) ^ 2)
    println(-big(2) ^ 2)
    println(big(-2) ^ 2)
    return nothing
end

main()
