# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

total::Int64 = 0
i::Int64 = 0

function bonus()::Int64
    return mod(total, 5)
end

function double_i()::Int64
    return i * 2
end

function main()
    global total
    global i
    total = 0
    for k in 0:19
        total = total + (bonus() + k)
    end
    s::Int64 = 0
    for i in 0:9
        s = s + double_i()
    end
    println(total, " ", s)
    return nothing
end

main()
