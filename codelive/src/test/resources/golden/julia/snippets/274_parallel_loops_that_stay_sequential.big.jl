# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::BigInt = 0
    total::BigInt = 0
    for outer i in big(0):9
        total = total + i * i
    end
    println(total, " ", i)
    squares::BigInt = 0
    for n in big(0):199
        squares = squares + n * n
    end
    println(squares, " ", sum(k for k in big(0):i - 1; init = big(0)))
    return nothing
end

main()
