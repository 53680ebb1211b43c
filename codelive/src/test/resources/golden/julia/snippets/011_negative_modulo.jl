# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(mod(-7, 3))
    println(mod(7, -3))
    println(mod(-7, -3))
    println(mod(-1, 10))
    println(mod(-10, 5))
    return nothing
end

main()
