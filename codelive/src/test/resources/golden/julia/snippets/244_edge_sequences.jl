# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# str() and repr() of Python values: True/False, None, lists and tuples of their elements' repr().
pystr(x) = pyrepr(x)
pystr(s::AbstractString) = String(s)
pyrepr(x::Integer) = string(x)
pyrepr(x::Bool) = x ? "True" : "False"
pyrepr(::Nothing) = "None"
pyrepr(xs::AbstractVector) = "[" * join((pyrepr(x) for x in xs), ", ") * "]"
pyrepr(t::Tuple) = length(t) == 1 ? "(" * pyrepr(t[1]) * ",)" : "(" * join((pyrepr(x) for x in t), ", ") * ")"

# repr() of a str as CPython writes it: single quotes unless it holds ' and no ", backslash escapes for the quote,
# the backslash and unprintable characters.
function pyrepr(s::AbstractString)::String
    quote_mark = occursin('\'', s) && !occursin('"', s) ? '"' : '\''
    out = IOBuffer()
    print(out, quote_mark)
    for c in s
        if c == quote_mark || c == '\\'
            print(out, '\\', c)
        elseif c == '\n'
            print(out, "\\n")
        elseif c == '\r'
            print(out, "\\r")
        elseif c == '\t'
            print(out, "\\t")
        elseif c < ' ' || '\u7f' <= c <= '\ua0' || c == '\uad'
            print(out, "\\x", string(UInt32(c), base = 16, pad = 2))
        elseif !isprint(c)
            code = UInt32(c)
            print(out, code > 0xffff ? "\\U" * string(code, base = 16, pad = 8) : "\\u" * string(code, base = 16, pad = 4))
        else
            print(out, c)
        end
    end
    print(out, quote_mark)
    return String(take!(out))
end

# The characters of a str, each a str, as iterating over it in Python gives them.
pychars(s::AbstractString) = String[string(c) for c in s]

# The 0-based positions xs[lower:upper:step] takes from a sequence of length n, clamped as Python's
# slice.indices() clamps them; `nothing` stands for a missing part.
function pyslice_positions(n::Integer, lower, upper, step)
    stride = step === nothing ? 1 : Int(step)
    if stride > 0
        first = lower === nothing ? 0 : lower < 0 ? max(lower + n, 0) : min(lower, n)
        stop = upper === nothing ? n : upper < 0 ? max(upper + n, 0) : min(upper, n)
        return first:stride:(stop - 1)
    else
        first = lower === nothing ? n - 1 : lower < 0 ? max(lower + n, -1) : min(lower, n - 1)
        stop = upper === nothing ? -1 : upper < 0 ? max(upper + n, -1) : min(upper, n - 1)
        return first:stride:(stop + 1)
    end
end

# xs[lower:upper:step] of a list: a new list.
pyslice(xs::AbstractVector, lower, upper, step) = xs[[Int(p) + 1 for p in pyslice_positions(length(xs), lower, upper, step)]]

# s[lower:upper:step] of a str, by characters.
function pyslice(s::AbstractString, lower, upper, step)::String
    chars = collect(s)
    return String(chars[[Int(p) + 1 for p in pyslice_positions(length(chars), lower, upper, step)]])
end

# xs.insert(i, x): before index i, clamped to the list as Python clamps it (negative i counts from the end).
function pyinsert!(xs::AbstractVector, i::Integer, x)
    n = length(xs)
    position = i < 0 ? max(i + n, 0) : min(i, n)
    insert!(xs, position + 1, x)
    return nothing
end

function main()
    xs::Vector{Int64} = collect(0:9)
    println(pystr(reverse(xs)), " ", pystr(pyslice(xs, 1, 8, 3)), " ", pystr(pyslice(xs, -3, nothing, nothing)), " ", pystr(pyslice(xs, nothing, -7, -2)), " ", pystr(pyslice(xs, 8, 2, -2)), " ", pystr(xs[101:end]), " ", pystr(pyslice(xs, -100, 2, nothing)), " ", pyslice("hello", nothing, nothing, -2), " ", pyslice("hello", 1, -1, nothing))
    ys::Vector{Int64} = Int64[5, 3, 8, 1, 9, 2]
    sort!(ys)
    println(pystr(ys), " ", pystr(sort(ys; rev = true)), " ", findfirst(==(8), ys) - 1, " ", count(==(3), ys), " ", pop!(ys), " ", popat!(ys, 1), " ", pystr(ys))
    pyinsert!(ys, -1, 7)
    pyinsert!(ys, 100, 6)
    pyinsert!(ys, -100, 0)
    append!(ys, ys)
    deleteat!(ys, findfirst(==(7), ys))
    println(pystr(ys), " ", length(ys), " ", 3 in ys ? "True" : "False", " ", !(4 in ys) ? "True" : "False", " ", repeat(ys, max(2, 0)) == vcat(ys, ys) ? "True" : "False")
    pairs::Vector{Tuple{Int64, String}} = Tuple{Int64, String}[(2, "b"), (1, "z"), (2, "a"), (1, "a")]
    println(pystr(sort(pairs)), " ", pystr(sort(pairs; rev = true)), " ", pystr(maximum(pairs)), " ", pystr(minimum(pairs)))
    grid::Vector{Vector{Int64}} = Vector{Int64}[Int64[i * j for j in 0:3] for i in 0:2]
    grid[2][3] = grid[2][3] + 10
    grid[end][end] = -1
    println(pystr(grid), " ", pystr(Vector{Int64}[reverse(row) for row in grid]), " ", pystr(Int64[x for row in grid for x in row if mod(x, 2) == 0]))
    items::Vector{Int64} = Int64[1, 2, 3]
    for item in items
        if item < 3
            push!(items, item * 10)
        end
    end
    println(pystr(items), " ", pystr(collect(reverse(items))), " ", pystr(collect(zip(Iterators.countfrom(1), pychars("ab")))), " ", pystr(collect(zip(Int64[1, 2, 3], pychars("xy")))))
    local a::Int64
    local b::Int64
    a, b = 1, 2
    a, b = b, a
    local c::Int64
    local d::Int64
    local e::Int64
    (c, d), e = (3, 4), 5
    println(a, " ", b, " ", c, " ", d, " ", e, " ", any(x > 25 for x in items) ? "True" : "False", " ", all(x > 0 for x in items) ? "True" : "False", " ", any(item != 0 for item in Int64[]) ? "True" : "False", " ", all(item != 0 for item in Int64[]) ? "True" : "False")
    return nothing
end

main()
