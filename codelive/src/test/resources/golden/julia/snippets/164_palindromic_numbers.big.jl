# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function is_palindrome_number(n::BigInt)::Bool
    text::String = string(n)
    return text == reverse(text)
end

function main()
    println(pystr(BigInt[n for n in big(100):199 if is_palindrome_number(n)]))
    println(sum(1 for n in big(0):9999 if is_palindrome_number(n); init = big(0)))
    return nothing
end

main()
