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
    xs::Vector{BigInt} = BigInt[3, 1, 4, 1, 5, 9, 2, 6]
    empty_::Vector{BigInt} = BigInt[]
    nested::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1, 2], BigInt[3, 4]]
    println(xs[1], " ", xs[end], " ", nested[2][1], " ", length(xs), " ", length(empty_))
    xs[3] = 40
    push!(xs, 7)
    println(pystr(xs), " ", pystr(BigInt[1, 2]), " ", pystr(BigInt[]))
    return nothing
end

main()
