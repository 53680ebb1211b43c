# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

function main()
    total::Int128 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = Int128(1):300
    total_parts = zeros(Int128, 4)
    Threads.@threads for t in 1:4
        total_part::Int128 = 0
        for i in view(items, pychunk(length(items), 4, t))
            for j in Int128(1):200
                if mod(i + j, 3) != 0
                    total_part = total_part + (i * j) ^ 4
                end
            end
        end
        total_parts[t] = total_part
    end
    for t in 1:4
        total += total_parts[t]
    end
    println(total)
    return nothing
end

main()
