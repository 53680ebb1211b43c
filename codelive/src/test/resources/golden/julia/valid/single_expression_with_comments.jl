# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(Int128(2) ^ 100 - 1)
    return nothing
end

main()
