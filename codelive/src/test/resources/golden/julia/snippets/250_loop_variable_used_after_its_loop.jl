# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::Int64 = 0
    a::Int64 = 0
    b::Int64 = 0
    q::Int64 = 0
    total::Int64 = 0
    for outer i in 0:9
        total = total + i * i
    end
    println(total, " ", i)
    pairs::Int64 = 0
    for outer a in 0:4
        for outer b in 0:a - 1
            pairs = pairs + a * b
        end
    end
    println(pairs, " ", a, " ", b)
    n::Int64 = 0
    for p in 0:3
        for outer q in 0:2
            n = n + p * q
        end
    end
    println(n, " ", q)
    return nothing
end

main()
