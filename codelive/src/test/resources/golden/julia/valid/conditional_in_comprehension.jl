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

function main()
    labels::Vector{String} = String[mod(i, 2) == 0 ? "even" : "odd" for i in 0:4]
    println(pystr(labels), " ", pystr(Int64[x > 0 ? x : -x for x in Int64[-1, 2, -3]]))
    return nothing
end

main()
