# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 600851475143
    factor::BigInt = 2
    while factor * factor <= n
        while mod(n, factor) == 0 && n != factor
            n = fld(n, factor)
        end
        factor = factor + 1
    end
    println(n)
    return nothing
end

main()
