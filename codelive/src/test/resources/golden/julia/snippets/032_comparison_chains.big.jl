# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 5
    println(1 < x < 10 ? "True" : "False")
    println(1 < x > 3 ? "True" : "False")
    println(10 > x > 5 ? "True" : "False")
    println(0 <= x <= 5 < 6 ? "True" : "False")
    println(1 == 1 < 2 ? "True" : "False")
    println(3 > 2 > 1 > 0 ? "True" : "False")
    return nothing
end

main()
