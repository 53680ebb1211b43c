# xs.insert(i, x): before index i, clamped to the list as Python clamps it (negative i counts from the end).
function pyinsert!(xs::AbstractVector, i::Integer, x)
    n = length(xs)
    position = i < 0 ? max(i + n, 0) : min(i, n)
    insert!(xs, position + 1, x)
    return nothing
end
