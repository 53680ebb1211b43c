# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    count_::Int64 = 0
    broke1 = false
    while count_ < 100
        count_ = count_ + 7
        if mod(count_, 5) == 0
            println("stopped at", " ", count_)
            broke1 = true
            break
        end
    end
    if !broke1
        println("never stopped")
    end
    count_ = 0
    while count_ < 3
        count_ = count_ + 1
    end
    println("loop ended normally at", " ", count_)
    return nothing
end

main()
