# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(i * i for i in 0:10 ^ 6 - 1; init = 0))
    return nothing
end

main()
