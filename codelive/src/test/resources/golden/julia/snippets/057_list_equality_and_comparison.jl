# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    println(Int64[1, 2] == Int64[1, 2] ? "True" : "False")
    println(Int64[1, 2] != Int64[2, 1] ? "True" : "False")
    println(Int64[1, 2] < Int64[1, 3] ? "True" : "False")
    println(Int64[1, 2] < Int64[1, 2, 0] ? "True" : "False")
    println(Int64[] < Int64[0] ? "True" : "False")
    return nothing
end

main()
