# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function search(items::Vector{BigInt}, target::BigInt, low::BigInt, high::BigInt)::BigInt
    if low > high
        return -1
    end
    mid::BigInt = fld(low + high, 2)
    if items[pyindex(length(items), mid)] == target
        return mid
    end
    if items[pyindex(length(items), mid)] < target
        return search(items, target, mid + 1, high)
    end
    return search(items, target, low, mid - 1)
end

function main()
    values::Vector{BigInt} = collect(big(0):3:99)
    println(search(values, big(42), big(0), big(length(values)) - 1))
    println(search(values, big(43), big(0), big(length(values)) - 1))
    return nothing
end

main()
