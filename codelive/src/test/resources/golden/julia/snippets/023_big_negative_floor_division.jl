# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::Int128 = -Int128(10) ^ 30
    println(fld(a, 7))
    println(mod(a, 7))
    println(fld(a, -7))
    println(mod(Int128(10) ^ 30, -7))
    return nothing
end

main()
