# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function split_even_odd(values::Vector{BigInt})::Tuple{Vector{BigInt}, Vector{BigInt}}
    evens::Vector{BigInt} = BigInt[v for v in values if mod(v, 2) == 0]
    odds::Vector{BigInt} = BigInt[v for v in values if mod(v, 2) != 0]
    return (evens, odds)
end

function main()
    local e::Vector{BigInt}
    local o::Vector{BigInt}
    e, o = split_even_odd(BigInt[1, 2, 3, 4, 5, 6, 7])
    println(pystr(e), " ", pystr(o))
    return nothing
end

main()
