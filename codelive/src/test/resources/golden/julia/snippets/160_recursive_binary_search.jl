# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function search(items::Vector{Int64}, target::Int64, low::Int64, high::Int64)::Int64
    if low > high
        return -1
    end
    mid::Int64 = fld(low + high, 2)
    if items[pyindex(length(items), mid)] == target
        return mid
    end
    if items[pyindex(length(items), mid)] < target
        return search(items, target, mid + 1, high)
    end
    return search(items, target, low, mid - 1)
end

function main()
    values::Vector{Int64} = collect(0:3:99)
    println(search(values, 42, 0, length(values) - 1))
    println(search(values, 43, 0, length(values) - 1))
    return nothing
end

main()
