# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    result::Int128 = 1
    for i in Int128(1):30
        result = result * i
    end
    println(result)
    return nothing
end

main()
