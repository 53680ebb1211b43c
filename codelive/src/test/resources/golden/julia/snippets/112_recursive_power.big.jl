# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function fast_power(base::BigInt, exp_::BigInt)::BigInt
    if exp_ == 0
        return 1
    end
    half::BigInt = fast_power(base, fld(exp_, 2))
    if mod(exp_, 2) == 0
        return half * half
    end
    return half * half * base
end

function main()
    println(fast_power(big(2), big(10)))
    println(fast_power(big(3), big(45)))
    println(fast_power(big(7), big(0)))
    return nothing
end

main()
