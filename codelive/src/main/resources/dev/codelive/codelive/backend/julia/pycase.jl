# s.isupper() / s.islower(): some cased character, and no cased character of the other case.
pyisupper(s::AbstractString) = any(isuppercase, s) && !any(islowercase, s)
pyislower(s::AbstractString) = any(islowercase, s) && !any(isuppercase, s)
