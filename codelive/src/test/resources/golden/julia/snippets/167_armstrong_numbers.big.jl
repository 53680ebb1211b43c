# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function is_armstrong(n::BigInt)::Bool
    power::BigInt = length(string(n))
    total::BigInt = 0
    m::BigInt = n
    while m > 0
        total = total + mod(m, 10) ^ power
        m = fld(m, 10)
    end
    return total == n
end

function main()
    println(pystr(BigInt[n for n in big(1):999 if is_armstrong(n)]))
    return nothing
end

main()
