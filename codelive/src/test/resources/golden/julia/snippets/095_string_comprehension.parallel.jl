# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

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

# s[i] of a str: the i-th character (0-based, negative from the end), counted in characters, not bytes.
function pychar(s::AbstractString, i::Integer)::String
    n = length(s)
    k = i < 0 ? n + i + 1 : i + 1
    return string(s[nextind(s, 0, k)])
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
    words::Vector{String} = String["alpha", "beta", "gamma"]
    println(pystr(reduce(vcat, pyparallel(chunk -> String[pychar(w, 0) for w in chunk], words, Vector{String}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> Int64[length(w) for w in chunk], words, Vector{Int64}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> String[w * "!" for w in chunk if length(w) > 4], words, Vector{String}, 4))))
    return nothing
end

main()
