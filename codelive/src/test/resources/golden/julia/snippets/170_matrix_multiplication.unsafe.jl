# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function matmul(a::Vector{Vector{Int64}}, b::Vector{Vector{Int64}})::Vector{Vector{Int64}}
    rows::Int64 = length(a)
    cols::Int64 = length(b[1])
    inner::Int64 = length(b)
    return Vector{Int64}[Int64[sum(@inbounds(@inbounds(a[i + 1])[k + 1]) * @inbounds(@inbounds(b[k + 1])[j + 1]) for k in 0:inner - 1; init = 0) for j in 0:cols - 1] for i in 0:rows - 1]
end

function main()
    a::Vector{Vector{Int64}} = Vector{Int64}[Int64[1, 2], Int64[3, 4], Int64[5, 6]]
    b::Vector{Vector{Int64}} = Vector{Int64}[Int64[7, 8, 9], Int64[10, 11, 12]]
    println(pystr(matmul(a, b)))
    return nothing
end

main()
