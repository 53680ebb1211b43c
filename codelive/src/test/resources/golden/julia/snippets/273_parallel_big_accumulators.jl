# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function weighted(pairs::Vector{Tuple{Int128, Int128}}, total::Int128)::Int128
    for (weight, value) in pairs
        total = total + weight * value ^ 12
    end
    return total
end

function main()
    big_::Int128 = Int128(10) ^ 18
    small::Int128 = 0
    large::Int128 = 0
    for i in Int128(1):39
        if mod(i, 3) == 0
            large = large + big_ * i * i
        end
        small = small + mod(i, 4)
    end
    println(small, " ", large)
    total::Int128 = 0
    for v in Int128[big_ * 7, -big_ * 3, 5, big_ ^ 2]
        total = total + v
    end
    println(total, " ", weighted(Tuple{Int128, Int128}[(Int128(1), Int128(100)), (Int128(-2), Int128(37)), (Int128(3), Int128(-11))], big_), " ", weighted(Tuple{Int128, Int128}[], Int128(0)))
    return nothing
end

main()
