# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(gcd(2 ^ 64, 2 ^ 40 * 3))
    println(gcd(10 ^ 18 + 9, 10 ^ 9 + 7))
    println(gcd(-12, 18))
    println(gcd(0, 0))
    return nothing
end

main()
