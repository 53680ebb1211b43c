# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function digits(n::BigInt)::Vector{BigInt}
    result::Vector{BigInt} = BigInt[]
    while n > 0
        push!(result, mod(n, 10))
        n = fld(n, 10)
    end
    return reverse(result)
end

function main()
    println(pystr(digits(big(9075))))
    println(pystr(digits(big(2) ^ 64)))
    return nothing
end

main()
