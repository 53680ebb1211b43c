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
    matrix::Vector{Vector{Int64}} = Vector{Int64}[Int64[i * j for j in 1:3] for i in 1:3]
    println(pystr(matrix))
    transposed::Vector{Vector{Int64}} = Vector{Int64}[Int64[@inbounds(row[c + 1]) for row in matrix] for c in 0:2]
    println(pystr(transposed))
    return nothing
end

main()
