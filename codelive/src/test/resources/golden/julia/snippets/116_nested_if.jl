# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::Int64 = 7
    y::Int64 = -2
    if x > 0
        if y > 0
            println("first quadrant")
        else
            println("fourth quadrant")
        end
    else
        println("left half")
    end
    return nothing
end

main()
