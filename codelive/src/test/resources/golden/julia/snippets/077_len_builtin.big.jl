# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(length(BigInt[1, 2, 3]))
    println(length(BigInt[]))
    println(length("hello"))
    println(length(""))
    println(length(big(0):6))
    println(length(Vector{BigInt}[BigInt[1, 2], BigInt[3]]))
    return nothing
end

main()
