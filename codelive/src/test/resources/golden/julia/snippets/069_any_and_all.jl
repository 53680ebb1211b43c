# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(any(Bool[false, false, true]) ? "True" : "False")
    println(all(Bool[true, true, false]) ? "True" : "False")
    println(any(item != 0 for item in Int64[]) ? "True" : "False")
    println(all(item != 0 for item in Int64[]) ? "True" : "False")
    println(any(x > 3 for x in 0:4) ? "True" : "False")
    println(all(x < 5 for x in 0:4) ? "True" : "False")
    return nothing
end

main()
