# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::BigInt
    local b::BigInt
    a, b = 1, 2
    println(a, " ", b)
    a, b = b, a
    println(a, " ", b)
    local x::BigInt
    local y::BigInt
    local z::BigInt
    x, y, z = 3, 4, 5
    println(x * y * z)
    return nothing
end

main()
