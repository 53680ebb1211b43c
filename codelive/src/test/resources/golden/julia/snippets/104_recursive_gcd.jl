# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function gcd_(a::Int64, b::Int64)::Int64
    if b == 0
        return a
    end
    return gcd_(b, mod(a, b))
end

function main()
    println(gcd_(48, 18))
    println(gcd_(17, 5))
    println(gcd_(0, 9))
    println(gcd_(2 ^ 40, 6 ^ 20))
    return nothing
end

main()
