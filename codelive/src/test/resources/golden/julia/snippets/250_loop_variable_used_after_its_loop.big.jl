# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::BigInt = 0
    a::BigInt = 0
    b::BigInt = 0
    q::BigInt = 0
    total::BigInt = 0
    for outer i in big(0):9
        total = total + i * i
    end
    println(total, " ", i)
    pairs::BigInt = 0
    for outer a in big(0):4
        for outer b in big(0):a - 1
            pairs = pairs + a * b
        end
    end
    println(pairs, " ", a, " ", b)
    n::BigInt = 0
    for p in big(0):3
        for outer q in big(0):2
            n = n + p * q
        end
    end
    println(n, " ", q)
    return nothing
end

main()
