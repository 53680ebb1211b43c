# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    first_::Int64 = -1
    for i in 0:10 ^ 6 - 1
        if mod(i * i, 1000) == 769
            first_ = i
            break
        end
    end
    println(first_)
    return nothing
end

main()
