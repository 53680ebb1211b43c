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
