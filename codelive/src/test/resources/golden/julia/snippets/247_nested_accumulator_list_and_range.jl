# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    xs::Vector{Int64} = Int64[5, -3, 8, 0, 12, -7, 9]
    ys::Vector{Int64} = Int64[2, 4]
    positive::Int64 = 0
    negative::Int64 = 0
    for x in xs
        for k in 0:length(ys) * 3 - 1
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
    pairs::Vector{Tuple{Int64, Int64}} = Tuple{Int64, Int64}[(1, 2), (3, -4), (5, 6)]
    t::Int64 = 0
    for (a, b) in pairs
        for c in a:b - 1
            t = t + (a * c - b)
        end
    end
    println(t)
    return nothing
end

main()
