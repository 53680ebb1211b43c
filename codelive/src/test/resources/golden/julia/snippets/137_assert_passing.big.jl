# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    x::BigInt = 5
    @assert x > 0
    @assert x == 5 "x should be five"
    @assert BigInt[1, 2] == BigInt[1, 2]
    println("all assertions passed")
    return nothing
end

main()
