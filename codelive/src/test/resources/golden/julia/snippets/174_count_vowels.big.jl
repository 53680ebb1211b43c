# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

# The characters of a str, each a str, as iterating over it in Python gives them.
pychars(s::AbstractString) = String[string(c) for c in s]

function main()
    text::String = "the quick brown fox jumps over the lazy dog"
    count_::BigInt = 0
    for ch in pychars(text)
        if ch == "a" || ch == "e" || ch == "i" || ch == "o" || ch == "u"
            count_ = count_ + 1
        end
    end
    println(count_)
    return nothing
end

main()
