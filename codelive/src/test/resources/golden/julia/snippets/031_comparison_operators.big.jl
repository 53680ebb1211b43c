# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 3
    b::BigInt = 7
    println(a < b ? "True" : "False", " ", a <= b ? "True" : "False", " ", a > b ? "True" : "False", " ", a >= b ? "True" : "False", " ", a == b ? "True" : "False", " ", a != b ? "True" : "False")
    println(b < a ? "True" : "False", " ", b <= b ? "True" : "False", " ", b >= b ? "True" : "False")
    return nothing
end

main()
