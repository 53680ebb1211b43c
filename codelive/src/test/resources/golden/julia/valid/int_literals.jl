# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(0, " ", 0, " ", 0, " ", 42, " ", 1000000)
    println(31, " ", 255, " ", 3735928559, " ", 15, " ", 63, " ", 10, " ", 2)
    println(big"123456789012345678901234567890" * 987654321098765432109876543210)
    return nothing
end

main()
