# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    kind::String = ""
    value::Int64 = 0
    for n in -3:3
        kind = n > 2 ? "big" : n > 0 ? "small" : n == 0 ? "zero" : "negative"
        value = mod(n, 2) == 0 ? n * 2 : n * 3
        println(n, " ", kind, " ", value)
    end
    return nothing
end

main()
