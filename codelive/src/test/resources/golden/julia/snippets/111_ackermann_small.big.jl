# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function ackermann(m::BigInt, n::BigInt)::BigInt
    if m == 0
        return n + 1
    end
    if n == 0
        return ackermann(m - 1, big(1))
    end
    return ackermann(m - 1, ackermann(m, n - 1))
end

function main()
    println(ackermann(big(2), big(3)))
    println(ackermann(big(3), big(3)))
    return nothing
end

main()
