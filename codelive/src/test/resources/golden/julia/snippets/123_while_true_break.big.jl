# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 27
    steps::BigInt = 0
    while true
        if n == 1
            break
        end
        n = mod(n, 2) == 0 ? fld(n, 2) : 3 * n + 1
        steps = steps + 1
    end
    println(steps)
    return nothing
end

main()
