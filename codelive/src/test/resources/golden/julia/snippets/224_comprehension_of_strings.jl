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

function main()
    names::Vector{String} = String["ada", "grace", "alan", "edsger"]
    println(pystr(String[n for n in names if length(n) > 3]))
    println(pystr(String[reverse(n) for n in names]))
    println(pystr(sort(String[pyslice(n, 1, nothing, nothing) for n in names])))
    return nothing
end

main()
