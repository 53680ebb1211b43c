# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(any(i * i == 998001 for i in 0:10 ^ 6 - 1) ? "True" : "False")
    println(all(i * i >= 0 for i in 0:299999) ? "True" : "False")
    return nothing
end

main()
