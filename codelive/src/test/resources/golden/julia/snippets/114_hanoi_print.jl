# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function hanoi(n::Int64, source::String, target::String, spare::String)::Nothing
    if n > 0
        hanoi(n - 1, source, spare, target)
        println("move", " ", n, " ", "from", " ", source, " ", "to", " ", target)
        hanoi(n - 1, spare, target, source)
    end
    return nothing
end

function main()
    hanoi(3, "A", "C", "B")
    return nothing
end

main()
