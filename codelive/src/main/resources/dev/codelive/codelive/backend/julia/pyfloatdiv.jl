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
