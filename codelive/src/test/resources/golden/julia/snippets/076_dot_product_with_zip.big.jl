# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::Vector{BigInt} = BigInt[1, 2, 3, 4]
    b::Vector{BigInt} = BigInt[5, 6, 7, 8]
    println(sum(x * y for (x, y) in zip(a, b); init = big(0)))
    return nothing
end

main()
