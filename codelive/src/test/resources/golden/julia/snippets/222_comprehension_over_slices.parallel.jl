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

# The 0-based positions xs[lower:upper:step] takes from a sequence of length n, clamped as Python's
# slice.indices() clamps them; `nothing` stands for a missing part.
function pyslice_positions(n::Integer, lower, upper, step)
    stride = step === nothing ? 1 : Int(step)
    if stride > 0
        first = lower === nothing ? 0 : lower < 0 ? max(lower + n, 0) : min(lower, n)
        stop = upper === nothing ? n : upper < 0 ? max(upper + n, 0) : min(upper, n)
        return first:stride:(stop - 1)
    else
        first = lower === nothing ? n - 1 : lower < 0 ? max(lower + n, -1) : min(lower, n - 1)
        stop = upper === nothing ? -1 : upper < 0 ? max(upper + n, -1) : min(upper, n - 1)
        return first:stride:(stop + 1)
    end
end

# xs[lower:upper:step] of a list: a new list.
pyslice(xs::AbstractVector, lower, upper, step) = xs[[Int(p) + 1 for p in pyslice_positions(length(xs), lower, upper, step)]]

# s[lower:upper:step] of a str, by characters.
function pyslice(s::AbstractString, lower, upper, step)::String
    chars = collect(s)
    return String(chars[[Int(p) + 1 for p in pyslice_positions(length(chars), lower, upper, step)]])
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
    values::Vector{Int64} = collect(0:19)
    println(pystr(reduce(vcat, pyparallel(chunk -> Int64[v * 2 for v in chunk], pyslice(values, nothing, nothing, 4), Vector{Int64}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> Int64[v for v in chunk if mod(v, 2) == 1], pyslice(values, -5, nothing, nothing), Vector{Int64}, 4))))
    windows::Vector{Int64} = reduce(vcat, pyparallel(chunk -> Int64[sum(pyslice(values, i, i + 3, nothing); init = 0) for i in chunk], 0:3:17, Vector{Int64}, 4))
    println(pystr(windows))
    return nothing
end

main()
