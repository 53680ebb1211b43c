# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function bubble_sort(xs::Vector{Int64})::Vector{Int64}
    swapped::Bool = false
    xs = copy(xs)
    n::Int64 = length(xs)
    for i in 0:n - 1
        swapped = false
        for j in 0:n - i - 2
            if xs[j + 1] > xs[j + 2]
                xs[j + 1], xs[j + 2] = xs[j + 2], xs[j + 1]
                swapped = true
            end
        end
        if !swapped
            break
        end
    end
    return xs
end

function main()
    println(pystr(bubble_sort(Int64[5, 2, 9, 1, 5, 6])))
    return nothing
end

main()
