# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function factorial_(n::BigInt)::BigInt
    return n <= 1 ? 1 : n * factorial_(n - 1)
end

function main()
    println(factorial_(big(30)), " ", big(2) ^ 200, " ", fld(-big(3) ^ 50, 7), " ", mod(big(10) ^ 30, 97))
    return nothing
end

main()
