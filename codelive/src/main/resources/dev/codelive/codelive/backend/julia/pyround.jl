# round(x, places) of a float: the exact value rounded half to even, read back as the nearest float, as CPython
# does; a zero keeps the sign of x.
function pyround(x::Float64, places::Integer)::Float64
    (isnan(x) || isinf(x) || places > 400) && return x
    exact = Rational{BigInt}(x)
    scale = big(10)^abs(Int(places))
    scaled = places >= 0 ? exact * scale : exact / scale
    digits = round(scaled, RoundNearest)
    result = parse(Float64, string(numerator(digits)) * "e" * string(-places))
    return copysign(result, x)
end
