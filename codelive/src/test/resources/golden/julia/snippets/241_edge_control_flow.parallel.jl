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

function find(xs::Vector{Int64}, target::Int64)::Int64
    i::Int64 = 0
    broke1 = false
    for item2 in zip(Iterators.countfrom(0), xs)
        i, x = item2
        if x == target
            broke1 = true
            break
        end
    end
    if !broke1
        return -1
    end
    return i
end

function collatz(n::Int64)::Int64
    steps::Int64 = 0
    while n != 1
        n = mod(n, 2) == 0 ? fld(n, 2) : 3 * n + 1
        steps = steps + 1
    end
    return steps
end

function main()
    total::Int64 = 0
    count_::Int64 = 0
    while count_ < 5
        count_ = count_ + 1
        if count_ == 2
            continue
        end
        total = total + count_
    end
    println("done", " ", total)
    println(find(Int64[4, 5, 6], 5), " ", find(Int64[4, 5, 6], 7), " ", pystr(reduce(vcat, pyparallel(chunk -> Int64[collatz(n) for n in chunk], 1:9, Vector{Int64}, 4))))
    x::Int64 = 0
    for outer x in 0:2
    end
    println(x, " ", 0 != 0 ? 0 : 7, " ", !isempty("") ? "" : "z", " ", 0 != 0 ? 5 : 0, " ", 3 != 0 ? 5 : 3, " ", pystr(!isempty(Int64[]) ? Int64[] : Int64[1]), " ", pyfloat(1.5 != 0 ? 1.5 : 2.0), " ", pyfloat(0.0 != 0 ? 0.0 : 2.5))
    for i in 10:-3:1
        print(i, " ")
    end
    println()
    print(1, "-", 2, "-", 3, "!\n")
    return nothing
end

main()
