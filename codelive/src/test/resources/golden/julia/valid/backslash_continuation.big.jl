# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::BigInt = big(1) + 2 + 3
    if total > 5 && total < 10
        println(total)
    end
    return nothing
end

main()
