# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 1
    for i in big(0):199
        x = x * 3 + i
    end
    println(x)
    println(length(string(x)))
    return nothing
end

main()
