# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    total::Int64 = 0
    i::Int64 = 0
    while total < 10 ^ 7
        i = i + 1
        total = total + i * i
    end
    println(i, " ", total)
    return nothing
end

main()
