# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::Int64, b::Int64)::Int64
    while b != 0
        a, b = b, mod(a, b)
    end
    return a
end

function lcm_(a::Int64, b::Int64)::Int64
    return fld(a, gcd_(a, b)) * b
end

function main()
    println(gcd_(1071, 462))
    println(lcm_(4, 6))
    result::Int64 = 1
    for i in 1:20
        result = lcm_(result, i)
    end
    println(result)
    return nothing
end

main()
