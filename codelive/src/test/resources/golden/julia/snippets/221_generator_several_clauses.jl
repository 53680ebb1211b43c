# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(sum(i * j for i in 1:19 for j in i:19 if mod(i + j, 3) == 0 && i != j; init = 0))
    println(maximum(i - j for i in 0:9 for j in 0:4 if i > j))
    return nothing
end

main()
