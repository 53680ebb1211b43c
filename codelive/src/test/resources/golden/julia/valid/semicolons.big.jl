# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::BigInt = 1
    b::BigInt = 2
    c::BigInt = a + b
    println(a)
    println(b)
    println(c)
    if c != 0
        println("yes")
        println("still yes")
    end
    return nothing
end

main()
