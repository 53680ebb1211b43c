# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function digit_sum(n::BigInt)::BigInt
    if n < 10
        return n
    end
    return mod(n, 10) + digit_sum(fld(n, 10))
end

function main()
    println(digit_sum(big(12345)))
    println(digit_sum(big(2) ^ 100))
    return nothing
end

main()
