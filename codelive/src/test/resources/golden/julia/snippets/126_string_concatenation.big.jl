# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    first_::String = "Code"
    second::String = "Live"
    println(first_ * " " * second)
    println(first_ * second * "!")
    greeting::String = "Hello"
    greeting = greeting * ", world"
    println(greeting)
    return nothing
end

main()
