# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(minimum(mod(i * 7919, 100003) for i in 1:299999))
    println(maximum(mod(i * 7919, 100003) for i in 1:299999))
    return nothing
end

main()
