# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function fast_power(base::Int128, exp_::Int128)::Int128
    if exp_ == 0
        return 1
    end
    half::Int128 = fast_power(base, fld(exp_, 2))
    if mod(exp_, 2) == 0
        return half * half
    end
    return half * half * base
end

function main()
    println(fast_power(Int128(2), Int128(10)))
    println(fast_power(Int128(3), Int128(45)))
    println(fast_power(Int128(7), Int128(0)))
    return nothing
end

main()
