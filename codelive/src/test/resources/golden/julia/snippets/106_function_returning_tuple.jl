# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function min_max(values::Vector{Int64})::Tuple{Int64, Int64}
    return (minimum(values), maximum(values))
end

function main()
    local low::Int64
    local high::Int64
    low, high = min_max(Int64[3, 9, -2, 7])
    println(low, " ", high)
    return nothing
end

main()
