# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    m::BigInt = 0
    total::BigInt = 0
    for n in big(0):199999
        m = n
        while m > 0
            total = total + mod(m, 10)
            m = fld(m, 10)
        end
    end
    println(total)
    return nothing
end

main()
