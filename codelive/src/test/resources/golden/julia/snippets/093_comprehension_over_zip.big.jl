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
    a::Vector{BigInt} = BigInt[1, 2, 3]
    b::Vector{BigInt} = BigInt[10, 20, 30]
    println(pystr(BigInt[x + y for (x, y) in zip(a, b)]))
    println(pystr(BigInt[i * v for (i, v) in zip(Iterators.countfrom(big(0)), b)]))
    return nothing
end

main()
