# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    local a::Int64
    local b::Int64
    a, b = 1, 2
    total::Int64 = 0
    while a <= 4000000
        if mod(a, 2) == 0
            total = total + a
        end
        a, b = b, a + b
    end
    println(total)
    return nothing
end

main()
