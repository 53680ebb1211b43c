# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for x in BigInt[7, -7, 8, -8]
        println(x, " ", fld(x, 4), " ", -fld(-x, 4), " ", mod(x, 4))
    end
    return nothing
end

main()
