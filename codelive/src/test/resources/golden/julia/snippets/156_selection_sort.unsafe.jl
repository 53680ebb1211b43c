# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function selection_sort(items::Vector{Int64})::Vector{Int64}
    smallest::Int64 = 0
    for i in 0:length(items) - 1
        smallest = i
        for j in i + 1:length(items) - 1
            if @inbounds(items[j + 1]) < @inbounds(items[smallest + 1])
                smallest = j
            end
        end
        items[i + 1], items[smallest + 1] = @inbounds(items[smallest + 1]), @inbounds(items[i + 1])
    end
    return items
end

function main()
    println(pystr(selection_sort(Int64[64, 25, 12, 22, 11])))
    return nothing
end

main()
