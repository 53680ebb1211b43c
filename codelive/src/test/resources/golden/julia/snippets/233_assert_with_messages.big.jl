# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function checked_sqrt(n::BigInt)::BigInt
    @assert n >= 0 "negative input"
    root::BigInt = 0
    while (root + 1) * (root + 1) <= n
        root = root + 1
    end
    @assert root * root <= n < (root + 1) * (root + 1)
    return root
end

function main()
    println(pystr(BigInt[checked_sqrt(n) for n in BigInt[0, 1, 15, 16, 17, 99]]))
    return nothing
end

main()
