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
    matrix::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1, 2, 3], BigInt[4, 5, 6], BigInt[7, 8, 9]]
    println(pystr(matrix[2]))
    println(matrix[2][3])
    println(matrix[end][end])
    matrix[1][1] = 100
    println(pystr(matrix))
    return nothing
end

main()
