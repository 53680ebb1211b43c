# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

function main()
    prev::Vector{BigInt} = Vector{BigInt}()
    rows::Vector{Vector{BigInt}} = Vector{BigInt}[BigInt[1]]
    for _v in big(0):5
        prev = rows[end]
        push!(rows, vcat(vcat(BigInt[1], BigInt[prev[i + 1] + prev[i + 2] for i in big(0):length(prev) - 2]), BigInt[1]))
    end
    for row in rows
        println(pystr(row))
    end
    return nothing
end

main()
