# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    f::BigInt = 1
    for i in big(2):100
        f = f * i
    end
    digits::BigInt = 0
    m::BigInt = f
    while m > 0
        digits = digits + mod(m, 10)
        m = fld(m, 10)
    end
    println(digits)
    println(mod(f, big(10) ^ 9 + 7))
    return nothing
end

main()
