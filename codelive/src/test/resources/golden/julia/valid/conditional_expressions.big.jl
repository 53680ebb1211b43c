# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 7
    parity::String = mod(n, 2) == 0 ? "even" : "odd"
    sign_::String = n < 0 ? "negative" : n == 0 ? "zero" : "positive"
    println(parity, " ", sign_, " ", (n != 0 ? 1 : 2) + 3)
    return nothing
end

main()
