# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    q::Int64 = 0
    r::Int64 = 0
    for a in -7:3:7
        for b in Int64[-3, -2, 2, 3]
            q = fld(a, b)
            r = mod(a, b)
            println(a, " ", b, " ", q, " ", r, " ", q * b + r == a ? "True" : "False")
        end
    end
    return nothing
end

main()
