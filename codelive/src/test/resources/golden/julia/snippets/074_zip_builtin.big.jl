# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for (a, b) in zip(BigInt[1, 2, 3], BigInt[4, 5, 6])
        println(a, " ", b, " ", a * b)
    end
    for (x, y) in zip(big(0):9, BigInt[7, 8])
        println(x, " ", y)
    end
    return nothing
end

main()
