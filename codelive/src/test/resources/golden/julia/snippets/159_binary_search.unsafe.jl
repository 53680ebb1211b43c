# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function binary_search(items::Vector{Int64}, target::Int64)::Int64
    mid::Int64 = 0
    low::Int64 = 0
    high::Int64 = length(items) - 1
    while low <= high
        mid = fld(low + high, 2)
        if @inbounds(items[pyindex(length(items), mid)]) == target
            return mid
        end
        if @inbounds(items[pyindex(length(items), mid)]) < target
            low = mid + 1
        else
            high = mid - 1
        end
    end
    return -1
end

function main()
    data::Vector{Int64} = Int64[1, 3, 5, 7, 9, 11, 13]
    for t in Int64[1, 7, 13, 4, 0, 20]
        println(t, " ", binary_search(data, t))
    end
    return nothing
end

main()
