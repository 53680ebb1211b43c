# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function binary_search(xs::Vector{Int64}, target::Int64)::Int64
    mid::Int64 = 0
    local lo::Int64
    local hi::Int64
    lo, hi = 0, length(xs) - 1
    while lo <= hi
        mid = fld(lo + hi, 2)
        if @inbounds(xs[pyindex(length(xs), mid)]) == target
            return mid
        elseif @inbounds(xs[pyindex(length(xs), mid)]) < target
            lo = mid + 1
        else
            hi = mid - 1
        end
    end
    return -1
end

function main()
    data::Vector{Int64} = Int64[1, 3, 5, 7, 9, 11]
    println(binary_search(data, 7), " ", binary_search(data, 4))
    return nothing
end

main()
