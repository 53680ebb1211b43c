# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(fld(-7, 2))
    println(fld(7, -2))
    println(fld(-7, -2))
    println(fld(-1, 3))
    println(fld(-9, 3))
    return nothing
end

main()
