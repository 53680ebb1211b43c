# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function f(n::BigInt)::BigInt
    if n > 0
        return n
    end
    return -n
end

function main()
    println(f(big(-3)))
    return nothing
end

main()
