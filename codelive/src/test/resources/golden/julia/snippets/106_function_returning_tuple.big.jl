# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function min_max(values::Vector{BigInt})::Tuple{BigInt, BigInt}
    return (minimum(values), maximum(values))
end

function main()
    local low::BigInt
    local high::BigInt
    low, high = min_max(BigInt[3, 9, -2, 7])
    println(low, " ", high)
    return nothing
end

main()
