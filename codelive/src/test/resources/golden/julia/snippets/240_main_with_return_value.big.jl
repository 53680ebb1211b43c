# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function collatz(n::BigInt)::Vector{BigInt}
    path::Vector{BigInt} = BigInt[n]
    while n != 1
        n = mod(n, 2) == 0 ? fld(n, 2) : 3 * n + 1
        push!(path, n)
    end
    return path
end

function main_()::Nothing
    path::Vector{BigInt} = collatz(big(27))
    println(length(path), " ", maximum(path))
    println(pystr(collatz(big(6))))
    return nothing
end

function main()
    main_()
    return nothing
end

main()
