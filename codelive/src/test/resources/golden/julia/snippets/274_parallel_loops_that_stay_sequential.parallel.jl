# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

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
    i::Int64 = 0
    total::Int64 = 0
    for outer i in 0:9
        total = total + i * i
    end
    println(total, " ", i)
    squares::Int64 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = 0:199
    squares_parts = zeros(Int64, 4)
    Threads.@threads for t in 1:4
        squares_part::Int64 = 0
        for n in view(items, pychunk(length(items), 4, t))
            squares_part = squares_part + n * n
        end
        squares_parts[t] = squares_part
    end
    for t in 1:4
        squares += squares_parts[t]
    end
    println(squares, " ", foldl(+, pyparallel(chunk -> sum(k for k in chunk; init = 0), 0:i - 1, Int64, 4)))
    return nothing
end

main()
