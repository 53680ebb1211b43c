# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

total::BigInt = 0
i::BigInt = 0

function bonus()::BigInt
    return mod(total, 5)
end

function double_i()::BigInt
    return i * 2
end

function main()
    global total
    global i
    total = 0
    for k in big(0):19
        total = total + (bonus() + k)
    end
    s::BigInt = 0
    for i in big(0):9
        s = s + double_i()
    end
    println(total, " ", s)
    return nothing
end

main()
