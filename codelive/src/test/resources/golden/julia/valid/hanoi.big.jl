# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function hanoi(n::BigInt, source::String, target::String, spare::String)::BigInt
    if n == 0
        return 0
    end
    moves::BigInt = hanoi(n - 1, source, spare, target)
    moves = moves + 1
    moves = moves + hanoi(n - 1, spare, target, source)
    return moves
end

function main()
    println(hanoi(big(10), "A", "C", "B"))
    return nothing
end

main()
