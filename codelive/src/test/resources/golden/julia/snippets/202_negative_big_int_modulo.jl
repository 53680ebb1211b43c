# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = -big(3) ^ 100
    println(mod(a, 1000))
    println(fld(a, big(10) ^ 40))
    println(mod(-a, 97), " ", mod(a, -97))
    return nothing
end

main()
