# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function sieve(limit::BigInt)::Vector{BigInt}
    is_prime::Vector{Bool} = repeat(Bool[true], max(limit + 1, 0))
    is_prime[1] = false
    is_prime[2] = false
    for i in big(2):limit
        if is_prime[i + 1]
            for j in i * i:i:limit + 1 - sign(i)
                is_prime[j + 1] = false
            end
        end
    end
    return BigInt[i for i in big(0):limit if is_prime[i + 1]]
end

function main()
    primes::Vector{BigInt} = sieve(big(100))
    println(pystr(primes))
    println(length(sieve(big(10000))))
    return nothing
end

main()
