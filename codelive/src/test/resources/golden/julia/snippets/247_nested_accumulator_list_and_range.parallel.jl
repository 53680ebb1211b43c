# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

function main()
    xs::Vector{Int64} = Int64[5, -3, 8, 0, 12, -7, 9]
    ys::Vector{Int64} = Int64[2, 4]
    positive::Int64 = 0
    negative::Int64 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = xs
    positive_parts = zeros(Int64, 4)
    negative_parts = zeros(Int64, 4)
    Threads.@threads for t1 in 1:4
        positive_part::Int64 = 0
        negative_part::Int64 = 0
        for x in view(items, pychunk(length(items), 4, t1))
            for k in 0:length(ys) * 3 - 1
                if x * k > 10
                    positive_part = positive_part + x * k
                end
                if x < 0
                    negative_part = negative_part + (x - k)
                end
            end
            for y in ys
                positive_part = positive_part + x * y
            end
        end
        positive_parts[t1] = positive_part
        negative_parts[t1] = negative_part
    end
    for t1 in 1:4
        positive += positive_parts[t1]
        negative += negative_parts[t1]
    end
    println(positive, " ", negative)
    pairs::Vector{Tuple{Int64, Int64}} = Tuple{Int64, Int64}[(1, 2), (3, -4), (5, 6)]
    t::Int64 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items2 = pairs
    t_parts = zeros(Int64, 4)
    Threads.@threads for t3 in 1:4
        t_part::Int64 = 0
        for (a, b) in view(items2, pychunk(length(items2), 4, t3))
            for c in a:b - 1
                t_part = t_part + (a * c - b)
            end
        end
        t_parts[t3] = t_part
    end
    for t3 in 1:4
        t += t_parts[t3]
    end
    println(t)
    return nothing
end

main()
