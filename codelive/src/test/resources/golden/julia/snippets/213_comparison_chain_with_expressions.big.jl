# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 3
    b::BigInt = 5
    c::BigInt = 8
    println(a < b < c ? "True" : "False")
    println(a < b > c ? "True" : "False")
    println(a + b == c > b ? "True" : "False")
    println(a * 2 < c - 1 <= b + 2 ? "True" : "False")
    println(-c < -b < -a < 0 ? "True" : "False")
    return nothing
end

main()
