# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    items::Vector{BigInt} = BigInt[10, 20, 30, 40, 50]
    println(items[1])
    println(items[5])
    println(items[end])
    println(items[end - 4])
    i::BigInt = 2
    println(items[i + 2])
    return nothing
end

main()
