# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function divide(a::Int64, b::Int64)::Tuple{Int64, Int64}
    return (fld(a, b), mod(a, b))
end

function main()
    local q::Int64
    local r::Int64
    q, r = divide(17, 5)
    println(q, " ", r)
    q, r = divide(-17, 5)
    println(q, " ", r)
    println(pystr(divide(100, 7)))
    return nothing
end

main()
