# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

function weighted(pairs::Vector{Tuple{Int128, Int128}}, total::Int128)::Int128
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = pairs
    total_parts = zeros(Int128, 4)
    Threads.@threads for t in 1:4
        total_part::Int128 = 0
        for (weight, value) in view(items, pychunk(length(items), 4, t))
            total_part = total_part + weight * value ^ 12
        end
        total_parts[t] = total_part
    end
    for t in 1:4
        total += total_parts[t]
    end
    return total
end

function main()
    big_::Int128 = Int128(10) ^ 18
    small::Int128 = 0
    large::Int128 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items1 = Int128(1):39
    large_parts = zeros(Int128, 4)
    small_parts = zeros(Int128, 4)
    Threads.@threads for t2 in 1:4
        large_part::Int128 = 0
        small_part::Int128 = 0
        for i in view(items1, pychunk(length(items1), 4, t2))
            if mod(i, 3) == 0
                large_part = large_part + big_ * i * i
            end
            small_part = small_part + mod(i, 4)
        end
        large_parts[t2] = large_part
        small_parts[t2] = small_part
    end
    for t2 in 1:4
        large += large_parts[t2]
        small += small_parts[t2]
    end
    println(small, " ", large)
    total::Int128 = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items3 = Int128[big_ * 7, -big_ * 3, 5, big_ ^ 2]
    total_parts5 = zeros(Int128, 4)
    Threads.@threads for t4 in 1:4
        total_part6::Int128 = 0
        for v in view(items3, pychunk(length(items3), 4, t4))
            total_part6 = total_part6 + v
        end
        total_parts5[t4] = total_part6
    end
    for t4 in 1:4
        total += total_parts5[t4]
    end
    println(total, " ", weighted(Tuple{Int128, Int128}[(Int128(1), Int128(100)), (Int128(-2), Int128(37)), (Int128(3), Int128(-11))], big_), " ", weighted(Tuple{Int128, Int128}[], Int128(0)))
    return nothing
end

main()
