# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    xs::Vector{BigInt} = BigInt[5, -3, 8, 0, 12, -7, 9]
    ys::Vector{BigInt} = BigInt[2, 4]
    positive::BigInt = 0
    negative::BigInt = 0
    for x in xs
        for k in big(0):big(length(ys)) * 3 - 1
            if x * k > 10
                positive = positive + x * k
            end
            if x < 0
                negative = negative + (x - k)
            end
        end
        for y in ys
            positive = positive + x * y
        end
    end
    println(positive, " ", negative)
    pairs::Vector{Tuple{BigInt, BigInt}} = Tuple{BigInt, BigInt}[(big(1), big(2)), (big(3), big(-4)), (big(5), big(6))]
    t::BigInt = 0
    for (a, b) in pairs
        for c in a:b - 1
            t = t + (a * c - b)
        end
    end
    println(t)
    return nothing
end

main()
