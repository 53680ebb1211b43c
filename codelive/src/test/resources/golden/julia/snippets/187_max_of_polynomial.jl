# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(maximum(mod(x * x * 3 - 7 * x + 2, 1009) for x in 0:499999))
    return nothing
end

main()
