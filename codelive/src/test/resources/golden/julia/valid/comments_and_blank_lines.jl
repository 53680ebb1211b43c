# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function f()::Int64
    y::Int64 = 2
    return y
end

function main()
    x::Int64 = 1
    println(x, " ", f())
    return nothing
end

main()
