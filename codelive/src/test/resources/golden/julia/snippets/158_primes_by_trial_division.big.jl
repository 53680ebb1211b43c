# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function is_prime(n::BigInt)::Bool
    if n < 2
        return false
    end
    d::BigInt = 2
    while d * d <= n
        if mod(n, d) == 0
            return false
        end
        d = d + 1
    end
    return true
end

function main()
    println(pystr(BigInt[n for n in big(0):49 if is_prime(n)]))
    println(is_prime(big(1000003)) ? "True" : "False")
    return nothing
end

main()
