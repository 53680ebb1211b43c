# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 5
    println(-x)
    println(-(-x))
    println(-(-x))
    println(-x * -x)
    println(x)
    return nothing
end

main()
