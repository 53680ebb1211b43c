# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function square(n::BigInt)::BigInt
    return n * n
end

function main()
    println(square(big(7)))
    println(square(big(-3)))
    return nothing
end

main()
