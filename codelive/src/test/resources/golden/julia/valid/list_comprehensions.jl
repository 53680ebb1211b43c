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
    squares::Vector{Int64} = Int64[i * i for i in 0:9]
    evens::Vector{Int64} = Int64[i for i in 0:19 if mod(i, 2) == 0 && mod(i, 3) == 0]
    pairs::Vector{Tuple{Int64, Int64}} = Tuple{Int64, Int64}[(i, j) for i in 0:2 for j in 0:2 if i != j]
    matrix::Vector{Vector{Int64}} = Vector{Int64}[Int64[i * j for j in 0:2] for i in 0:2]
    flat::Vector{Int64} = Int64[x for row in matrix for x in row]
    println(pystr(squares), " ", pystr(evens), " ", pystr(pairs), " ", pystr(matrix), " ", pystr(flat))
    return nothing
end

main()
