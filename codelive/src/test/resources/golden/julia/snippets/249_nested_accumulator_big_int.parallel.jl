# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)
# Parallel parts use Julia's threads, set when starting it: julia -t 4 main.jl. They cut their work into 4 chunks whatever the thread count, so the output is the same with any.

# The positions of part t of n items cut into `chunks` contiguous parts of nearly equal size (some empty when
# n < chunks); parts 1, 2, ... follow each other, so combining them in that order keeps the items' order.
pychunk(n::Integer, chunks::Integer, t::Integer) = (fld((t - 1) * n, chunks) + 1):fld(t * n, chunks)

function main()
    big_::BigInt = 0
    # parallel: 4 contiguous chunks on Julia's threads (julia -t N), each adding into its own partial sums
    items = big(1):59
    big__parts = zeros(BigInt, 4)
    Threads.@threads for t in 1:4
        big__part::BigInt = 0
        for i in view(items, pychunk(length(items), 4, t))
            for j in big(1):39
                big__part = big__part + (i ^ 20 * j ^ 9 - i * j)
            end
        end
        big__parts[t] = big__part
    end
    for t in 1:4
        big_ += big__parts[t]
    end
    println(big_)
    return nothing
end

main()
