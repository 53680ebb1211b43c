# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    big_::BigInt = 0
    for i in big(1):59
        for j in big(1):39
            big_ = big_ + (i ^ 20 * j ^ 9 - i * j)
        end
    end
    println(big_)
    return nothing
end

main()
