# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function binary_search(xs::Vector{BigInt}, target::BigInt)::BigInt
    mid::BigInt = 0
    local lo::BigInt
    local hi::BigInt
    lo, hi = 0, big(length(xs)) - 1
    while lo <= hi
        mid = fld(lo + hi, 2)
        if xs[pyindex(length(xs), mid)] == target
            return mid
        elseif xs[pyindex(length(xs), mid)] < target
            lo = mid + 1
        else
            hi = mid - 1
        end
    end
    return -1
end

function main()
    data::Vector{BigInt} = BigInt[1, 3, 5, 7, 9, 11]
    println(binary_search(data, big(7)), " ", binary_search(data, big(4)))
    return nothing
end

main()
