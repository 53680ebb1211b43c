# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 7
    y::BigInt = -2
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
