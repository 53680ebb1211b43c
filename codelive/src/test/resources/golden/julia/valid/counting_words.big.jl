# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    text::String = "the quick brown fox jumps over the lazy dog the end"
    words::Vector{String} = String.(split(text))
    seen::Vector{String} = String[]
    for w in words
        if !(w in seen)
            push!(seen, w)
        end
    end
    for w in sort(seen)
        println(w, " ", count(==(w), words))
    end
    return nothing
end

main()
