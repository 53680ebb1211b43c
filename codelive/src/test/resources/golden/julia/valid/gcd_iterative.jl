# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::Int64, b::Int64)::Int64
    while b != 0
        a, b = b, mod(a, b)
    end
    return a
end

function main()
    println(gcd_(48, 18), " ", gcd_(17, 5), " ", gcd_(0, 9))
    return nothing
end

main()
