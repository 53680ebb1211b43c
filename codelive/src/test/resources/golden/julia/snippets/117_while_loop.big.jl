# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 1
    while n < 1000
        n = n * 3
    end
    println(n)
    return nothing
end

main()
