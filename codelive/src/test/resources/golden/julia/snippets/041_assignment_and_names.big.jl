# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 10
    y::BigInt = x
    x = 20
    println(x, " ", y)
    total_count::BigInt = x + y
    println(total_count)
    return nothing
end

main()
