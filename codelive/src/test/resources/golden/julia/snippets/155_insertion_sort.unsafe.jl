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

function insertion_sort(items::Vector{Int64})::Vector{Int64}
    key::Int64 = 0
    j::Int64 = 0
    for i in 1:length(items) - 1
        key = @inbounds(items[i + 1])
        j = i - 1
        while j >= 0 && @inbounds(items[pyindex(length(items), j)]) > key
            items[pyindex(length(items), j + 1)] = @inbounds(items[pyindex(length(items), j)])
            j = j - 1
        end
        items[pyindex(length(items), j + 1)] = key
    end
    return items
end

function main()
    println(pystr(insertion_sort(Int64[31, 41, 59, 26, 41, 58])))
    return nothing
end

main()
