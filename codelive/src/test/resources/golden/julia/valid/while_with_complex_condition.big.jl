# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::BigInt
    local b::BigInt
    a, b = 0, 10
    while a < b && !(a == 5 || b == 5)
        a = a + 1
        b = b - 1
    end
    println(a, " ", b)
    return nothing
end

main()
