# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = big(2) ^ 64
    b::BigInt = big(3) ^ 40
    println(a + b)
    println(a - b)
    println(a * b)
    println(fld(a, 7))
    println(mod(a, 1000000007))
    println(fld(b, a))
    return nothing
end

main()
