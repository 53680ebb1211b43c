# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(n for n in 0:999 if (mod(n, 3) == 0 || mod(n, 5) == 0); init = 0))
    return nothing
end

main()
