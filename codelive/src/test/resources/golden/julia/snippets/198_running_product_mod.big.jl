# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    product::BigInt = 1
    for i in big(1):100000
        product = mod(product * i, 998244353)
    end
    println(product)
    return nothing
end

main()
