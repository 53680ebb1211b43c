# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(maximum(0:9))
    println(minimum(-5:4))
    println(maximum(x * x for x in -4:2))
    println(minimum(mod(x, 7) for x in 10:19))
    return nothing
end

main()
