# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(x * x for x in big(0):99; init = big(0)))
    println(sum(1 for x in big(0):49 if mod(x, 7) == 0; init = big(0)))
    println(sum(x for x in big(0):9 for y in big(0):x - 1; init = big(0)))
    return nothing
end

main()
