# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(fld(big(7), 2))
    println(fld(big(8), 3))
    println(fld(big(0), 5))
    println(fld(big(100), 7))
    return nothing
end

main()
