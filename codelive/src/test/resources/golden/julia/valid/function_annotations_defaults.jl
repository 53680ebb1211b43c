# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str(x) of a float as CPython writes it: Julia's shortest round-trip digits, laid out the Python way
# (exponent form below 1e-4 and from 1e16 on, at least two exponent digits, ".0" on whole numbers).
function pyfloat(x::Float64)::String
    isnan(x) && return "nan"
    isinf(x) && return x > 0 ? "inf" : "-inf"
    x == 0 && return signbit(x) ? "-0.0" : "0.0"
    text = string(abs(x))
    mantissa, exponent = occursin('e', text) ? split(text, 'e') : (text, "0")
    whole, fraction = occursin('.', mantissa) ? split(mantissa, '.') : (mantissa, "")
    digits = whole * fraction
    e = parse(Int, exponent) + length(whole) - 1
    significant = lstrip(digits, '0')
    e -= length(digits) - length(significant)
    digits = rstrip(significant, '0')
    sign = signbit(x) ? "-" : ""
    if e < -4 || e >= 16
        body = digits[1:1] * (length(digits) > 1 ? "." * digits[2:end] : "") *
               "e" * (e < 0 ? "-" : "+") * lpad(string(abs(e)), 2, '0')
    elseif e < 0
        body = "0." * "0"^(-e - 1) * digits
    elseif length(digits) <= e + 1
        body = digits * "0"^(e + 1 - length(digits)) * ".0"
    else
        body = digits[1:e+1] * "." * digits[e+2:end]
    end
    return sign * body
end

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function greet(name::String, greeting::String, times::Int64)::String
    return join(repeat(String[greeting * ", " * name], max(times, 0)), " ")
end

function area(w::Float64, h::Float64)::Float64
    return w * h
end

function nothing_()::Nothing
    return nothing
end

function main()
    println(greet("Ada", "Hello", 1), " ", greet("Alan", "Hi", 2), " ", pyfloat(area(2.0, 1.0)), " ", pystr(nothing_()))
    return nothing
end

main()
