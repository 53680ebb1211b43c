# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    n::Int64 = 2 ^ 1000
    total::Int64 = 0
    while n > 0
        total = total + mod(n, 10)
        n = fld(n, 10)
    end
    println(total)
    return nothing
end

main()
