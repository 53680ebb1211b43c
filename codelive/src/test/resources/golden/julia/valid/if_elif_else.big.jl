# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function classify(n::BigInt)::String
    if n < 0
        return "negative"
    elseif n == 0
        return "zero"
    elseif n < 10
        return "small"
    elseif n < 100
        return "medium"
    else
        return "large"
    end
    error("classify ended without a return value")
end

function main()
    for n in BigInt[-5, 0, 5, 50, 500]
        println(classify(n))
    end
    return nothing
end

main()
