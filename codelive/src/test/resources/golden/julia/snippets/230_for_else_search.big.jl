# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function first_negative(values::Vector{BigInt})::Nothing
    broke1 = false
    for (i, v) in zip(Iterators.countfrom(big(0)), values)
        if v < 0
            println("first negative at", " ", i)
            broke1 = true
            break
        end
    end
    if !broke1
        println("no negatives")
    end
    return nothing
end

function main()
    first_negative(BigInt[3, 1, -4, 1])
    first_negative(BigInt[2, 7])
    first_negative(BigInt[])
    return nothing
end

main()
