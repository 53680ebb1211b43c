# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(BigInt[i ^ 3 for i in big(0):99999]; init = big(0)))
    return nothing
end

main()
