# s.title(): each run of letters starts upper case and goes on lower case.
function pytitle(s::AbstractString)::String
    out = IOBuffer()
    previous_letter = false
    for c in s
        print(out, previous_letter ? lowercase(c) : titlecase(c))
        previous_letter = isletter(c)
    end
    return String(take!(out))
end
