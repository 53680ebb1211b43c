# The characters of a str, each a str, as iterating over it in Python gives them.
pychars(s::AbstractString) = String[string(c) for c in s]
