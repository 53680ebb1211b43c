# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function is_palindrome(s::String)::Bool
    return s == reverse(s)
end

function main()
    for word in String["racecar", "level", "python", "a", "", "abba", "abca"]
        println(word, " ", is_palindrome(word) ? "True" : "False")
    end
    return nothing
end

main()
