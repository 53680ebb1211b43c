# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function next_number(n::BigInt)::BigInt
    d::BigInt = 0
    total::BigInt = 0
    while n > 0
        d = mod(n, 10)
        total = total + d * d
        n = fld(n, 10)
    end
    return total
end

function main()
    n::BigInt = 0
    count_::BigInt = 0
    for start in big(1):999
        n = start
        while n != 1 && n != 89
            n = next_number(n)
        end
        if n == 89
            count_ = count_ + 1
        end
    end
    println(count_)
    return nothing
end

main()
