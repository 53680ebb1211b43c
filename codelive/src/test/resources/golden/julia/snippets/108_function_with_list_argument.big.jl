# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function total(values::Vector{BigInt})::BigInt
    s::BigInt = 0
    for v in values
        s = s + v
    end
    return s
end

function main()
    println(total(BigInt[1, 2, 3]))
    println(total(BigInt[]))
    println(total(BigInt[5, -5, 10]))
    return nothing
end

main()
