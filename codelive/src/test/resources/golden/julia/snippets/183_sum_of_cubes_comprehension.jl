# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(Int128[i ^ 3 for i in Int128(0):99999]; init = Int128(0)))
    return nothing
end

main()
