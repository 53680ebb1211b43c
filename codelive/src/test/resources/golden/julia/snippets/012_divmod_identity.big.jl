# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    q::BigInt = 0
    r::BigInt = 0
    for a in big(-7):3:7
        for b in BigInt[-3, -2, 2, 3]
            q = fld(a, b)
            r = mod(a, b)
            println(a, " ", b, " ", q, " ", r, " ", q * b + r == a ? "True" : "False")
        end
    end
    return nothing
end

main()
