# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(x * x for x in 0:99; init = 0))
    println(sum(1 for x in 0:49 if mod(x, 7) == 0; init = 0))
    println(sum(x for x in 0:9 for y in 0:x - 1; init = 0))
    return nothing
end

main()
