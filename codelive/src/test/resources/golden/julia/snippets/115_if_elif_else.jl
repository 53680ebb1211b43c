# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for n in Int64[3, 15, 5, 7, 0]
        if mod(n, 15) == 0
            println(n, " ", "both")
        elseif mod(n, 3) == 0
            println(n, " ", "three")
        elseif mod(n, 5) == 0
            println(n, " ", "five")
        else
            println(n, " ", "neither")
        end
    end
    return nothing
end

main()
