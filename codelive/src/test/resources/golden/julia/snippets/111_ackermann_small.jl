# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function ackermann(m::Int64, n::Int64)::Int64
    if m == 0
        return n + 1
    end
    if n == 0
        return ackermann(m - 1, 1)
    end
    return ackermann(m - 1, ackermann(m, n - 1))
end

function main()
    println(ackermann(2, 3))
    println(ackermann(3, 3))
    return nothing
end

main()
