# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function main()
    values::Vector{Int64} = Int64[3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
    best::Int64 = values[1]
    running::Vector{Int64} = Int64[]
    for v in values
        best = max(best, v)
        push!(running, best)
    end
    println(pystr(running))
    return nothing
end

main()
