# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The characters of a str, each a str, as iterating over it in Python gives them.
pychars(s::AbstractString) = String[string(c) for c in s]

function is_palindrome(s::String)::Bool
    cleaned::String = join(c for c in pychars(lowercase(s)) if (!isempty(c) && all(c -> isletter(c) || isnumeric(c), c)), "")
    return cleaned == reverse(cleaned)
end

function main()
    for s in String["racecar", "hello", "A man a plan a canal Panama"]
        println(s, " ", is_palindrome(s) ? "True" : "False")
    end
    return nothing
end

main()
