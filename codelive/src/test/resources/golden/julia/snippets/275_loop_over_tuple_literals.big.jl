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
    for a in (big(7), big(-7))
        for b in (big(2), big(-2), big(3))
            println(a, " ", b, " ", fld(a, b), " ", mod(a, b))
        end
    end
    println(pystr(BigInt[x * 2 for x in (big(1), big(2), big(3))]), " ", sum(y for y in (big(4), big(5)); init = big(0)))
    return nothing
end

main()
