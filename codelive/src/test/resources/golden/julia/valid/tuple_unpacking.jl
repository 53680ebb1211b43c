# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::Int64
    local b::Int64
    a, b = 1, 2
    a, b = b, a
    local c::Int64
    local d::Int64
    local e::Int64
    (c, d), e = (3, 4), 5
    local f::Int64
    local g::Int64
    f, g = Int64[6, 7]
    local h::Int64
    h, = Int64[8]
    println(a, " ", b, " ", c, " ", d, " ", e, " ", f, " ", g, " ", h)
    return nothing
end

main()
