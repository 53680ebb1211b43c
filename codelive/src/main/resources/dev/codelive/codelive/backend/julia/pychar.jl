# s[i] of a str: the i-th character (0-based, negative from the end), counted in characters, not bytes.
function pychar(s::AbstractString, i::Integer)::String
    n = length(s)
    k = i < 0 ? n + i + 1 : i + 1
    return string(s[nextind(s, 0, k)])
end
