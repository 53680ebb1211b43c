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
    base::BigInt = big(3) ^ 50
    values::Vector{BigInt} = BigInt[base * k - 7 ^ (k + 6) for k in big(-6):6]
    println(sum(v * v for v in values; init = big(0)))
    println(minimum(v - base for v in values if mod(v, 3) != 0), " ", maximum(fld(v, 5) for v in values))
    println(sum(2 ^ i for i in big(0):7:199; init = big(0)), " ", sum(i ^ 20 for i in big(50):-3:-49; init = big(0)))
    println(any(v > base * 5 for v in values) ? "True" : "False", " ", all(mod(v, 2) == 1 for v in values) ? "True" : "False", " ", sum(v > 0 for v in values; init = big(0)))
    println(minimum(i * base for i in big(9):-2:-8), " ", maximum(i ^ 30 for i in big(-4):2))
    println(pystr(BigInt[fld(v, base) for v in values if v > 0]), " ", pystr(BigInt[i ^ 25 for i in big(-3):3]))
    return nothing
end

main()
