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
    xs::Vector{Int64} = Int64[7, -2, 15, 0, 4, -9, 11, 3, 8]
    println(pystr(reduce(vcat, pyparallel(chunk -> Int64[x * x for x in chunk if mod(x, 2) != 0], xs, Vector{Int64}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> Int64[x for x in chunk if x > 100], xs, Vector{Int64}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> Int64[fld(x, 3) for x in chunk], xs, Vector{Int64}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> Float64[i * 2.5 for i in chunk if i != 1], 10:-3:-9, Vector{Float64}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> String[string(i) * "!" for i in chunk if mod(i, 2) == 0], 0:4, Vector{String}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> Tuple{Int64, Bool}[(x, x > 0) for x in chunk if x != 0], xs, Vector{Tuple{Int64, Bool}}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> Vector{Int64}[Int64[x, -x] for x in chunk], xs[3:min(6, end)], Vector{Vector{Int64}}, 4))))
    evens::Vector{Int64} = reduce(vcat, pyparallel(chunk -> Int64[i for i in chunk if mod(i, 4) == 0], 0:39, Vector{Int64}, 4))
    println(pystr(evens), " ", length(reduce(vcat, pyparallel(chunk -> String[w for w in chunk if length(w) > 1], String["a", "bb", "ccc"], Vector{String}, 4))), " ", pystr(sort(Int64[-x for x in xs])))
    println(pystr(reduce(vcat, pyparallel(chunk -> Int64[x for x in chunk if x > 5], 0:2, Vector{Int64}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> Int64[y - 1 for y in chunk if mod(y, 2) == 0], Int64[i * i for i in 0:5], Vector{Int64}, 4))))
    return nothing
end

main()
