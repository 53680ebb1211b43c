# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function matmul(a::Vector{Vector{BigInt}}, b::Vector{Vector{BigInt}})::Vector{Vector{BigInt}}
    rows::BigInt = length(a)
    cols::BigInt = length(b[1])
    inner::BigInt = length(b)
    return Vector{BigInt}[BigInt[sum(a[i + 1][k + 1] * b[k + 1][j + 1] for k in big(0):inner - 1; init = big(0)) for j in big(0):cols - 1] for i in big(0):rows - 1]
end

function main()
    a::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1, 2], BigInt[3, 4], BigInt[5, 6]]
    b::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[7, 8, 9], BigInt[10, 11, 12]]
    println(pystr(matmul(a, b)))
    return nothing
end

main()
