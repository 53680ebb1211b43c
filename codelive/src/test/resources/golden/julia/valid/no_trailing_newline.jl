# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::Int64 = 1
    if x != 0
        println(x)
    end
    return nothing
end

main()
