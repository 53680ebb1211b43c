# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function greet(name::String)::Nothing
    println("Hello, " * name * "!")
    return nothing
end

function main()
    greet("Ada")
    greet("Grace")
    return nothing
end

main()
