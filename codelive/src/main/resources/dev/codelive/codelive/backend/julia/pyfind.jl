# s.find(sub): the 0-based character index of the first occurrence, or -1.
function pyfind(s::AbstractString, sub::AbstractString)::Int
    found = findfirst(sub, s)
    found === nothing && return -1
    return length(s, 1, prevind(s, first(found)))
end
