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
    prev::Vector{Int64} = Vector{Int64}()
    rows::Vector{Vector{Int64}} = Vector{Int64}[Int64[1]]
    for _v in 0:5
        prev = rows[end]
        push!(rows, vcat(vcat(Int64[1], Int64[prev[i + 1] + prev[i + 2] for i in 0:length(prev) - 2]), Int64[1]))
    end
    for row in rows
        println(pystr(row))
    end
    return nothing
end

main()
