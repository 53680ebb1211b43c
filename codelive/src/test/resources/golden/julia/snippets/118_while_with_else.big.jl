# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::BigInt = 10
    while n > 0
        n = n - 3
    end
    println("finished with", " ", n)
    return nothing
end

main()
