# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(mod(big(-7), 3))
    println(mod(big(7), -3))
    println(mod(big(-7), -3))
    println(mod(big(-1), 10))
    println(mod(big(-10), 5))
    return nothing
end

main()
