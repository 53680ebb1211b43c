# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    result::BigInt = 1
    for i in big(1):30
        result = result * i
    end
    println(result)
    return nothing
end

main()
