# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function is_palindrome_number(n::Int64)::Bool
    text::String = string(n)
    return text == reverse(text)
end

function main()
    println(pystr(Int64[n for n in 100:199 if is_palindrome_number(n)]))
    println(sum(1 for n in 0:9999 if is_palindrome_number(n); init = 0))
    return nothing
end

main()
