# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function volume(width::BigInt, height::BigInt, depth::BigInt)::BigInt
    return width * height * depth
end

function main()
    println(volume(big(2), big(3), big(4)))
    return nothing
end

main()
