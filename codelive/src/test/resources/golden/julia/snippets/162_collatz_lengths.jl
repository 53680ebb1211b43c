# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function collatz_length(n::Int64)::Int64
    steps::Int64 = 1
    while n != 1
        if mod(n, 2) == 0
            n = fld(n, 2)
        else
            n = 3 * n + 1
        end
        steps = steps + 1
    end
    return steps
end

function main()
    length_::Int64 = 0
    best::Int64 = 0
    best_n::Int64 = 0
    for n in 1:9999
        length_ = collatz_length(n)
        if length_ > best
            best = length_
            best_n = n
        end
    end
    println(best_n, " ", best)
    return nothing
end

main()
