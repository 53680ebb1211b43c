# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::String = "abc"
    b::String = "ab" * "c"
    println(a == b ? "True" : "False")
    println(a != "abd" ? "True" : "False")
    println("apple" < "banana" ? "True" : "False")
    println("Zebra" < "apple" ? "True" : "False")
    println("" == "" ? "True" : "False")
    return nothing
end

main()
