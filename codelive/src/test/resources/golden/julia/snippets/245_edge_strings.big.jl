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

# s[i] of a str: the i-th character (0-based, negative from the end), counted in characters, not bytes.
function pychar(s::AbstractString, i::Integer)::String
    n = length(s)
    k = i < 0 ? n + i + 1 : i + 1
    return string(s[nextind(s, 0, k)])
end

# s.find(sub): the 0-based character index of the first occurrence, or -1.
function pyfind(s::AbstractString, sub::AbstractString)::Int
    found = findfirst(sub, s)
    found === nothing && return -1
    return length(s, 1, prevind(s, first(found)))
end

# s.isupper() / s.islower(): some cased character, and no cased character of the other case.
pyisupper(s::AbstractString) = any(isuppercase, s) && !any(islowercase, s)
pyislower(s::AbstractString) = any(islowercase, s) && !any(isuppercase, s)

function main()
    s::String = "  Hello, World!  "
    println("$(pyrepr(String(strip(s)))) $(pyrepr(String(lstrip(s)))) $(pyrepr(String(rstrip(s))))", " ", pystr(String.(split(s))), " ", pystr(String.(split("a,b,,c", ","))), " ", join(String["x", "y", "z"], "-"))
    println(uppercase("abc"), " ", lowercase("ABC"), " ", uppercase("a-b"))
    println(replace("banana", "a" => "o"), " ", replace("abc", "" => "-"), " ", count("an", "banana"), " ", pyfind("banana", "n"), " ", pyfind("banana", "z"), " ", pyfind("banana", "na"))
    println(startswith("abc", "ab") ? "True" : "False", " ", endswith("abc", "bc") ? "True" : "False", " ", !isempty("123") && all(isdigit, "123") ? "True" : "False", " ", !isempty("abc") && all(isletter, "abc") ? "True" : "False", " ", !isempty("ab1") && all(c -> isletter(c) || isnumeric(c), "ab1") ? "True" : "False", " ", !isempty(" \t") && all(isspace, " \t") ? "True" : "False", " ", pyisupper("ABC") ? "True" : "False", " ", pyislower("abc") ? "True" : "False")
    println(pystr(String["it's", "say \"hi\"", "both ' and \"", "tab\tnew\nline\\", "\x01\x7f", "café"]))
    println(length("héllo"), " ", pychar("héllo", 1), " ", Int(first("é")), " ", string(Char(233)), " ", string(Char(65)) * repeat("b", max(3, 0)), " ", "ab" < "b" ? "True" : "False", " ", "Z" < "a" ? "True" : "False", " ", pystr(sort(String["b", "A", "a", "B"])))
    words::Vector{String} = String.(split("the quick brown fox jumps over the lazy dog"))
    println(pystr(sort(words; rev = true)), " ", maximum(words), " ", pystr(String[uppercase(w) for w in words if length(w) > 4]))
    return nothing
end

main()
