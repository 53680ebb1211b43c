# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    i::BigInt = 0
    j::BigInt = 0
    for outer i in big(0):4
    end
    println(i)
    for outer j in big(2):6:19
    end
    println(j)
    return nothing
end

main()
