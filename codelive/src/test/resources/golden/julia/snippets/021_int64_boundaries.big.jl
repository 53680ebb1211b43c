# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    big_::BigInt = big(2) ^ 63
    println(big_ - 1)
    println(-big_)
    println(big_)
    println(big_ * 2)
    println(-big_ - 1)
    println(big(2) ^ 64 - 1)
    return nothing
end

main()
