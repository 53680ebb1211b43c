# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    words::Vector{String} = String["alpha", "beta", "gamma"]
    line::String = ""
    for w in words
        line = line * (uppercase(w) * " ")
    end
    println(String(strip(line)), " ", string(42) * "!", " ", repeat("ab", max(3, 0)), " ", length("hello"), " ", occursin("x", "xyz") ? "True" : "False")
    return nothing
end

main()
