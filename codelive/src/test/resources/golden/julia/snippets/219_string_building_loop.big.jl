# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    result::String = ""
    for i in big(0):4
        result = result * string(i)
    end
    println(result)
    line::String = ""
    for word in String["to", "be", "or", "not"]
        line = line * word * " "
    end
    println(line * "|")
    return nothing
end

main()
