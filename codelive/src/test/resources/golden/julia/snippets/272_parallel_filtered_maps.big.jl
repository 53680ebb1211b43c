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

pyrepr(x::Float64) = pyfloat(x)

# repr() of a str as CPython writes it: single quotes unless it holds ' and no ", backslash escapes for the quote,
# the backslash and unprintable characters.
function pyrepr(s::AbstractString)::String
    quote_mark = occursin('\'', s) && !occursin('"', s) ? '"' : '\''
    out = IOBuffer()
    print(out, quote_mark)
    for c in s
        if c == quote_mark || c == '\\'
            print(out, '\\', c)
        elseif c == '\n'
            print(out, "\\n")
        elseif c == '\r'
            print(out, "\\r")
        elseif c == '\t'
            print(out, "\\t")
        elseif c < ' ' || '\u7f' <= c <= '\ua0' || c == '\uad'
            print(out, "\\x", string(UInt32(c), base = 16, pad = 2))
        elseif !isprint(c)
            code = UInt32(c)
            print(out, code > 0xffff ? "\\U" * string(code, base = 16, pad = 8) : "\\u" * string(code, base = 16, pad = 4))
        else
            print(out, c)
        end
    end
    print(out, quote_mark)
    return String(take!(out))
end

function main()
    xs::Vector{BigInt} = BigInt[7, -2, 15, 0, 4, -9, 11, 3, 8]
    println(pystr(BigInt[x * x for x in xs if mod(x, 2) != 0]), " ", pystr(BigInt[x for x in xs if x > 100]), " ", pystr(BigInt[fld(x, 3) for x in xs]))
    println(pystr(Float64[i * 2.5 for i in big(10):-3:-9 if i != 1]), " ", pystr(String[string(i) * "!" for i in big(0):4 if mod(i, 2) == 0]))
    println(pystr(Tuple{BigInt, Bool}[(x, x > 0) for x in xs if x != 0]), " ", pystr(Vector{BigInt}[BigInt[x, -x] for x in xs[3:min(6, end)]]))
    evens::Vector{BigInt} = BigInt[i for i in big(0):39 if mod(i, 4) == 0]
    println(pystr(evens), " ", length(String[w for w in String["a", "bb", "ccc"] if length(w) > 1]), " ", pystr(sort(BigInt[-x for x in xs])))
    println(pystr(BigInt[x for x in big(0):2 if x > 5]), " ", pystr(BigInt[y - 1 for y in BigInt[i * i for i in big(0):5] if mod(y, 2) == 0]))
    return nothing
end

main()
