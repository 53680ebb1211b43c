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

# a // b and a % b of floats, as CPython's float_divmod computes them from the exact remainder (rem is fmod).
function pyfloordiv(a::Float64, b::Float64)::Float64
    m = rem(a, b)
    d = (a - m) / b
    if m != 0 && (b < 0) != (m < 0)
        d -= 1.0
    end
    d == 0 && return copysign(0.0, a / b)
    f = floor(d)
    return d - f > 0.5 ? f + 1.0 : f
end

function pyfloatmod(a::Float64, b::Float64)::Float64
    m = rem(a, b)
    m == 0 && return copysign(0.0, b)
    return (b < 0) != (m < 0) ? m + b : m
end

function main()
    println(pyfloat(pyfloordiv(7.0, -2.0)))
    println(pyfloat(pyfloordiv(-7.5, -2.0)))
    println(pyfloat(pyfloordiv(0.0, -1.0)))
    println(pyfloat(pyfloatmod(-0.5, 1.0)))
    println(pyfloat(pyfloatmod(5.0, -0.75)))
    return nothing
end

main()
