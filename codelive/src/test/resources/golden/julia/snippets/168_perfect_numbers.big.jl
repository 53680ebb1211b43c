# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function divisor_sum(n::BigInt)::BigInt
    total::BigInt = 1
    d::BigInt = 2
    while d * d <= n
        if mod(n, d) == 0
            total = total + d
            if d != fld(n, d)
                total = total + fld(n, d)
            end
        end
        d = d + 1
    end
    return total
end

function main()
    println(pystr(BigInt[n for n in big(2):9999 if divisor_sum(n) == n]))
    return nothing
end

main()
