# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

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

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

# f applied to each of `chunks` contiguous parts of items, on Julia's threads (julia -t N main.jl), answered in
# chunk order. Each task writes only its own slot, so there is no data race and the answer is the same with any
# number of threads. (Not :static scheduling: it fails when a parallel part runs inside another.)
function pyparallel(f::F, items, ::Type{T}, chunks::Int) where {F, T}
    parts = Vector{T}(undef, chunks)
    Threads.@threads for t in 1:chunks
        parts[t] = f(view(items, pychunk(length(items), chunks, t)))
    end
    return parts
end

function main()
    empty_::Vector{Float64} = reduce(vcat, pyparallel(chunk -> Float64[x * 1.5 for x in chunk], Int128(0):-1, Vector{Float64}, 4))
    println(pyfloat(foldl(+, empty_; init = 0.0)), " ", pyfloat(foldl(+, Float64[x * 0.5 for x in Int128(0):4]; init = 0.0)))
    println(pyfloat(foldl(+, reduce(vcat, pyparallel(chunk -> Float64[pytruediv(x, 4) for x in chunk], Int128(0):-1, Vector{Float64}, 4)); init = 2.5)))
    big_::Int128 = Int128(2) ^ 53
    println(big_ == Float64(big_) ? "True" : "False", " ", big_ < 2.0 ^ 60 ? "True" : "False", " ", Int128(2) ^ 60 == 2.0 ^ 60 ? "True" : "False", " ", -Int128(2) ^ 62 < -1.0e18 ? "True" : "False")
    for n in Int128[3, Int128(2) ^ 40, Int128(2) ^ 52 + 1]
        println(n > n - 0.5 ? "True" : "False", " ", n == n * 1.0 ? "True" : "False")
    end
    return nothing
end

main()
