# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    first_::BigInt = -1
    for i in big(0):big(10) ^ 6 - 1
        if mod(i * i, 1000) == 769
            first_ = i
            break
        end
    end
    println(first_)
    return nothing
end

main()
