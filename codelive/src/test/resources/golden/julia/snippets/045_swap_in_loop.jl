# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    a::Int64 = 0
    b::Int64 = 1
    for i in 0:9
        a, b = b, a + b
    end
    println(a, " ", b)
    return nothing
end

main()
