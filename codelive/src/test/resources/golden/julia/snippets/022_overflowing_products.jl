# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::Int128 = 3037000500
    println(x * x)
    y::Int128 = 9223372036854775807
    println(y + 1)
    println(y * 3)
    println(-y - 2)
    return nothing
end

main()
