# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function factorial_(n::BigInt)::BigInt
    if n <= 1
        return 1
    end
    return n * factorial_(n - 1)
end

function main()
    println(factorial_(big(5)))
    println(factorial_(big(20)))
    println(factorial_(big(25)))
    return nothing
end

main()
