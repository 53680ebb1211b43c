# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(gcd(big(2) ^ 64, big(2) ^ 40 * 3))
    println(gcd(big(10) ^ 18 + 9, big(10) ^ 9 + 7))
    println(gcd(big(-12), big(18)))
    println(gcd(big(0), big(0)))
    return nothing
end

main()
