# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::Int64 = 10
    y::Int64 = x
    x = 20
    println(x, " ", y)
    total_count::Int64 = x + y
    println(total_count)
    return nothing
end

main()
