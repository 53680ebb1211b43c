# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function weighted(pairs::Vector{Tuple{BigInt, BigInt}}, total::BigInt)::BigInt
    for (weight, value) in pairs
        total = total + weight * value ^ 12
    end
    return total
end

function main()
    big_::BigInt = big(10) ^ 18
    small::BigInt = 0
    large::BigInt = 0
    for i in big(1):39
        if mod(i, 3) == 0
            large = large + big_ * i * i
        end
        small = small + mod(i, 4)
    end
    println(small, " ", large)
    total::BigInt = 0
    for v in BigInt[big_ * 7, -big_ * 3, 5, big_ ^ 2]
        total = total + v
    end
    println(total, " ", weighted(Tuple{BigInt, BigInt}[(big(1), big(100)), (big(-2), big(37)), (big(3), big(-11))], big_), " ", weighted(Tuple{BigInt, BigInt}[], big(0)))
    return nothing
end

main()
