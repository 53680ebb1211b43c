# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::BigInt = 0
    for i in big(0):big(10) ^ 6 - 1
        total = total + i * i
    end
    println(total)
    return nothing
end

main()
