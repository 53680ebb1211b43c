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
    a::Vector{Int64} = Int64[1, 2]
    b::Vector{Int64} = Int64[3, 4, 5]
    c::Vector{Int64} = vcat(a, b)
    println(pystr(c))
    println(length(c))
    println(pystr(a))
    println(pystr(repeat(Int64[0], max(5, 0))))
    return nothing
end

main()
