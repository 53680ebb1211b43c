# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(gcd(Int128(2) ^ 64, Int128(2) ^ 40 * 3))
    println(gcd(Int128(10) ^ 18 + 9, Int128(10) ^ 9 + 7))
    println(gcd(Int128(-12), Int128(18)))
    println(gcd(Int128(0), Int128(0)))
    return nothing
end

main()
