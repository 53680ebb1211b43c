# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
import Printf

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

# format(x, spec) of a float before padding: the sign ('-' for a negative sign bit, else plus: "", "+" or " "), then
# the digits of |x| for the presentation type ('r' is repr's shortest digits, 'f', 'e' and '%' with their
# precision, correctly rounded), thousands grouped on request.
function pyformat_float(x::Float64, kind::Char, places::Integer, plus::String, grouped::Bool)::String
    sign = signbit(x) && !isnan(x) ? "-" : plus
    magnitude = abs(x)
    suffix = kind == '%' ? "%" : ""
    if kind == '%'
        # CPython multiplies by 100 in floating point, then formats as 'f'
        magnitude *= 100
        kind = 'f'
    end
    digits = if isnan(magnitude)
        "nan"
    elseif isinf(magnitude)
        "inf"
    elseif kind == 'r'
        pyfloat(magnitude)
    else
        Printf.format(Printf.Format("%." * string(places) * kind), magnitude)
    end
    return sign * (grouped ? pygroup(digits) : digits) * suffix
end

# format(n, spec) of an int before padding: the sign, then the digits of |n| in the base, grouped on request.
function pyformat_int(n::Integer, base::Integer, plus::String, grouped::Bool)::String
    digits = string(abs(n), base = base)
    return (n < 0 ? "-" : plus) * (grouped ? pygroup(digits) : digits)
end

# Separates the thousands of the integer part of formatted digits with commas.
function pygroup(digits::AbstractString)::String
    whole = match(r"^\d*", digits).match
    rest = digits[length(whole)+1:end]
    groups = String[]
    while length(whole) > 3
        pushfirst!(groups, whole[end-2:end])
        whole = whole[1:end-3]
    end
    pushfirst!(groups, whole)
    return join(groups, ",") * rest
end

# Pads formatted text to a width: '<' left, '>' right, '^' centred (extra fill on the right), '=' after the sign.
function pylayout(text::AbstractString, fill::Char, align::Char, width::Integer)::String
    missing = max(width - length(text), 0)
    if align == '<'
        return text * string(fill)^missing
    elseif align == '>'
        return string(fill)^missing * text
    elseif align == '^'
        return string(fill)^(missing ÷ 2) * text * string(fill)^(missing - missing ÷ 2)
    elseif !isempty(text) && text[1] in ('+', '-', ' ')
        return text[1:1] * string(fill)^missing * text[2:end]
    else
        return string(fill)^missing * text
    end
end

function main()
    pi_::Float64 = 3.14159265
    println("$(pyformat_float(pi_, 'f', 2, "", false))")
    println("$(pyformat_float(pi_, 'f', 4, "", false))")
    println("$(pylayout(string(42), ' ', '>', 5))|")
    println("$(pylayout(string(7), '0', '=', 3))")
    println("$(pyformat_int(1234567, 10, "", true))")
    return nothing
end

main()
