# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = big(2) ^ 1000
    total::BigInt = 0
    while n > 0
        total = total + mod(n, 10)
        n = fld(n, 10)
    end
    println(total)
    return nothing
end

main()
