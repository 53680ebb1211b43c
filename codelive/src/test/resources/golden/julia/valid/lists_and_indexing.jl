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
    xs::Vector{Int64} = Int64[3, 1, 4, 1, 5, 9, 2, 6]
    empty_::Vector{Int64} = Int64[]
    nested::Vector{Vector{Int64}} = Vector{Int64}[Int64[1, 2], Int64[3, 4]]
    println(xs[1], " ", xs[end], " ", nested[2][1], " ", length(xs), " ", length(empty_))
    xs[3] = 40
    push!(xs, 7)
    println(pystr(xs), " ", pystr(Int64[1, 2]), " ", pystr(Int64[]))
    return nothing
end

main()
