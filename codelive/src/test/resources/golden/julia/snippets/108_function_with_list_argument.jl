# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function total(values::Vector{Int64})::Int64
    s::Int64 = 0
    for v in values
        s = s + v
    end
    return s
end

function main()
    println(total(Int64[1, 2, 3]))
    println(total(Int64[]))
    println(total(Int64[5, -5, 10]))
    return nothing
end

main()
