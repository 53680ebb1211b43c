# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function f()::BigInt
    y::BigInt = 2
    return y
end

function main()
    x::BigInt = 1
    println(x, " ", f())
    return nothing
end

main()
