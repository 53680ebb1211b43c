# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::BigInt = 0
    for i in big(0):39
        for j in i:-3:1
            total = total + mod(i * j, 7)
        end
    end
    count_::BigInt = 0
    for r in big(-5):2:24
        for j in big(0):9
            for k in big(0):j - 1
                count_ = count_ + 1
            end
        end
    end
    println(total, " ", count_)
    return nothing
end

main()
