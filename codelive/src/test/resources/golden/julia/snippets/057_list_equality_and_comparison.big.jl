# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(BigInt[1, 2] == BigInt[1, 2] ? "True" : "False")
    println(BigInt[1, 2] != BigInt[2, 1] ? "True" : "False")
    println(BigInt[1, 2] < BigInt[1, 3] ? "True" : "False")
    println(BigInt[1, 2] < BigInt[1, 2, 0] ? "True" : "False")
    println(BigInt[] < BigInt[0] ? "True" : "False")
    return nothing
end

main()
