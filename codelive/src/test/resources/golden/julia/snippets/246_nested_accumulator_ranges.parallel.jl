# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

function main()
    total::Int64 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = 0:39
    total_parts = zeros(Int64, 4)
    Threads.@threads for t in 1:4
        total_part::Int64 = 0
        for i in view(items, pychunk(length(items), 4, t))
            for j in i:-3:1
                total_part = total_part + mod(i * j, 7)
            end
        end
        total_parts[t] = total_part
    end
    for t in 1:4
        total += total_parts[t]
    end
    count_::Int64 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items1 = -5:2:24
    count__parts = zeros(Int64, 4)
    Threads.@threads for t2 in 1:4
        count__part::Int64 = 0
        for r in view(items1, pychunk(length(items1), 4, t2))
            for j in 0:9
                for k in 0:j - 1
                    count__part = count__part + 1
                end
            end
        end
        count__parts[t2] = count__part
    end
    for t2 in 1:4
        count_ += count__parts[t2]
    end
    println(total, " ", count_)
    return nothing
end

main()
