# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function bubble_sort(items::Vector{Int64})::Vector{Int64}
    n::Int64 = length(items)
    for i in 0:n - 1
        for j in 0:n - 1 - i - 1
            if items[j + 1] > items[j + 2]
                items[j + 1], items[j + 2] = items[j + 2], items[j + 1]
            end
        end
    end
    return items
end

function main()
    println(pystr(bubble_sort(Int64[5, 1, 4, 2, 8, 0, -3])))
    println(pystr(bubble_sort(Int64[])))
    println(pystr(bubble_sort(Int64[1])))
    return nothing
end

main()
