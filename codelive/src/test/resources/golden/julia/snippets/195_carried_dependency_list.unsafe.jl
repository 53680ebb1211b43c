# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    values::Vector{Int64} = Int64[1]
    for i in 1:29
        push!(values, @inbounds(values[i]) * 2 + i)
    end
    println(values[end])
    println(sum(values; init = 0))
    return nothing
end

main()
