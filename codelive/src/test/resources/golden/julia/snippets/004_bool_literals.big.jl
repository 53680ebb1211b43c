# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(true ? "True" : "False")
    println(false ? "True" : "False")
    println(true ? "True" : "False", " ", false ? "True" : "False")
    return nothing
end

main()
