# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

# The 1-based position of Python index i into a sequence of length n: negative indexes count from the end.
pyindex(n::Integer, i::Integer) = i < 0 ? n + i + 1 : i + 1

function reverse_(items::Vector{Int64})::Vector{Int64}
    left::Int64 = 0
    right::Int64 = length(items) - 1
    while left < right
        items[left + 1], items[pyindex(length(items), right)] = items[pyindex(length(items), right)], items[left + 1]
        left = left + 1
        right = right - 1
    end
    return items
end

function main()
    println(pystr(reverse_(Int64[1, 2, 3, 4, 5])))
    println(pystr(reverse_(Int64[1, 2])))
    return nothing
end

main()
