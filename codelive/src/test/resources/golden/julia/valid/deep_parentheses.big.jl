# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println((big(1) + 2) * (3 - (4 - (5 - (big(6) - 7)))))
    return nothing
end

main()
