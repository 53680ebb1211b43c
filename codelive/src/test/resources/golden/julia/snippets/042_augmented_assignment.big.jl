# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 10
    n = n + 5
    println(n)
    n = n - 3
    println(n)
    n = n * 4
    println(n)
    n = fld(n, 5)
    println(n)
    n = mod(n, 7)
    println(n)
    n = n ^ 3
    println(n)
    return nothing
end

main()
