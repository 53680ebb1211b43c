# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(big(6) * 7)
    println(big(-3) * 4)
    println(big(-3) * -4)
    println(big(0) * -5)
    return nothing
end

main()
