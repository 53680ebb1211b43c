# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::Int64 = 0
    total::Int64 = 0
    for outer i in 0:9
        total = total + i * i
    end
    println(total, " ", i)
    squares::Int64 = 0
    for n in 0:199
        squares = squares + n * n
    end
    println(squares, " ", sum(k for k in 0:i - 1; init = 0))
    return nothing
end

main()
