# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 7
    b::BigInt = a
    c::BigInt = a
    println(a, " ", b, " ", c)
    b = 8
    println(a, " ", b, " ", c)
    return nothing
end

main()
