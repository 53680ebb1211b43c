# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 17
    b::BigInt = 5
    println(a + b)
    println(a - b)
    println(b - a)
    println(-a + b)
    return nothing
end

main()
