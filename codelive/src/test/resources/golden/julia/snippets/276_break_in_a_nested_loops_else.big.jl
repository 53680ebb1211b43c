# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 0
    total::BigInt = 0
    n::BigInt = 3
    broke1 = false
    for i in big(0):n - 1
        for j in big(0):1
            total = total + j
        end
        broke1 = true
        break
    end
    if !broke1
        total = -1
    end
    println(total)
    found::BigInt = 0
    broke2 = false
    for outer a in big(0):3
        broke3 = false
        for b in big(0):a - 1
            if b == 2
                broke3 = true
                break
            end
        end
        if !broke3
            found = found + 1
            continue
        end
        broke2 = true
        break
    end
    if !broke2
        found = -1
    end
    println(found, " ", a)
    hits::BigInt = 0
    for x in big(0):4
        broke4 = false
        for y in big(0):2
            if y > x
                broke4 = true
                break
            end
        end
        if !broke4
            hits = hits + 10
            if x == 3
                break
            end
            continue
        end
        hits = hits + 1
    end
    println(hits)
    return nothing
end

main()
