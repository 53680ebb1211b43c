# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::BigInt
    local b::BigInt
    a, b = 1, 2
    a, b = b, a
    local c::BigInt
    local d::BigInt
    local e::BigInt
    (c, d), e = (big(3), big(4)), 5
    local f::BigInt
    local g::BigInt
    f, g = BigInt[6, 7]
    local h::BigInt
    h, = BigInt[8]
    println(a, " ", b, " ", c, " ", d, " ", e, " ", f, " ", g, " ", h)
    return nothing
end

main()
