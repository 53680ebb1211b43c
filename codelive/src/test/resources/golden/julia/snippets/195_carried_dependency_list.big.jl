# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    values::Vector{BigInt} = BigInt[1]
    for i in big(1):29
        push!(values, values[i] * 2 + i)
    end
    println(values[end])
    println(sum(values; init = big(0)))
    return nothing
end

main()
