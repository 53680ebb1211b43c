# a / b of ints: the correctly rounded float of the exact quotient, as CPython computes it. Ints of at most 53 bits
# convert to floats exactly and one IEEE division rounds correctly; beyond, a 63-to-64-bit integer quotient with a
# sticky bit for the remainder rounds once to 53 bits, then scales exactly.
function pytruediv(a::Integer, b::Integer)::Float64
    if abs(a) <= 2^53 && abs(b) <= 2^53
        return Float64(a) / Float64(b)
    end
    n, d = abs(big(a)), abs(big(b))
    shift = 63 - (ndigits(n, base = 2) - ndigits(d, base = 2))
    q, r = shift >= 0 ? divrem(n << shift, d) : divrem(n, d << -shift)
    magnitude = ldexp(Float64(UInt64(q) | (r == 0 ? UInt64(0) : UInt64(1))), -shift)
    return (a < 0) != (b < 0) ? -magnitude : magnitude
end
