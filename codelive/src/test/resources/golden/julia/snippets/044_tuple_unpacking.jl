# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::Int64
    local b::Int64
    a, b = 1, 2
    println(a, " ", b)
    a, b = b, a
    println(a, " ", b)
    local x::Int64
    local y::Int64
    local z::Int64
    x, y, z = 3, 4, 5
    println(x * y * z)
    return nothing
end

main()
