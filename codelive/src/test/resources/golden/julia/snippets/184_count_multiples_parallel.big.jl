# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(1 for i in big(0):big(10) ^ 6 - 1 if (mod(i, 7) == 0 || mod(i, 11) == 0); init = big(0)))
    return nothing
end

main()
