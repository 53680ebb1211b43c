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

# min or max (pick) of a chunk's values, the first of equal ones as in Python, or nothing for a chunk without any.
function pyextreme(pick, values)
    best = nothing
    for value in values
        best = best === nothing ? value : pick(best, value)
    end
    return best
end

function main()
    base::BigInt = big(3) ^ 50
    values::Vector{BigInt} = reduce(vcat, pyparallel(chunk -> BigInt[base * k - 7 ^ (k + 6) for k in chunk], big(-6):6, Vector{BigInt}, 4))
    println(foldl(+, pyparallel(chunk -> sum(v * v for v in chunk; init = big(0)), values, BigInt, 4)))
    println(minimum(filter(!isnothing, pyparallel(chunk -> pyextreme(min, (v - base for v in chunk if mod(v, 3) != 0)), values, Union{Nothing, BigInt}, 4))), " ", maximum(filter(!isnothing, pyparallel(chunk -> pyextreme(max, (fld(v, 5) for v in chunk)), values, Union{Nothing, BigInt}, 4))))
    println(foldl(+, pyparallel(chunk -> sum(2 ^ i for i in chunk; init = big(0)), big(0):7:199, BigInt, 4)), " ", foldl(+, pyparallel(chunk -> sum(i ^ 20 for i in chunk; init = big(0)), big(50):-3:-49, BigInt, 4)))
    println(any(v > base * 5 for v in values) ? "True" : "False", " ", all(pyparallel(chunk -> all(mod(v, 2) == 1 for v in chunk), values, Bool, 4)) ? "True" : "False", " ", foldl(+, pyparallel(chunk -> sum(v > 0 for v in chunk; init = big(0)), values, BigInt, 4)))
    println(minimum(filter(!isnothing, pyparallel(chunk -> pyextreme(min, (i * base for i in chunk)), big(9):-2:-8, Union{Nothing, BigInt}, 4))), " ", maximum(filter(!isnothing, pyparallel(chunk -> pyextreme(max, (i ^ 30 for i in chunk)), big(-4):2, Union{Nothing, BigInt}, 4))))
    println(pystr(reduce(vcat, pyparallel(chunk -> BigInt[fld(v, base) for v in chunk if v > 0], values, Vector{BigInt}, 4))), " ", pystr(reduce(vcat, pyparallel(chunk -> BigInt[i ^ 25 for i in chunk], big(-3):3, Vector{BigInt}, 4))))
    return nothing
end

main()
