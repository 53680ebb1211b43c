# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::Int64 = 0
    for i in 0:10 ^ 6 - 1
        total = total + i * i
    end
    println(total)
    return nothing
end

main()
