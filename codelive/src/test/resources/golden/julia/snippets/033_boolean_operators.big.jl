# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    t::Bool = true
    f::Bool = false
    println(t && f ? "True" : "False", " ", t || f ? "True" : "False", " ", !t ? "True" : "False", " ", !f ? "True" : "False")
    println(t && t ? "True" : "False", " ", f || f ? "True" : "False")
    println(!(t && f) || f ? "True" : "False")
    return nothing
end

main()
