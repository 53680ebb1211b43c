# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    h::Int64 = 0
    for i in 0:199999
        h = mod(h * 31 + i, 1000000007)
    end
    println(h)
    return nothing
end

main()
