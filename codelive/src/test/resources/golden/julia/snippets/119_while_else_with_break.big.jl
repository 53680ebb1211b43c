# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function find_factor(n::BigInt)::Nothing
    d::BigInt = 2
    broke1 = false
    while d * d <= n
        if mod(n, d) == 0
            println(n, " ", "has factor", " ", d)
            broke1 = true
            break
        end
        d = d + 1
    end
    if !broke1
        println(n, " ", "is prime")
    end
    return nothing
end

function main()
    find_factor(big(91))
    find_factor(big(97))
    return nothing
end

main()
