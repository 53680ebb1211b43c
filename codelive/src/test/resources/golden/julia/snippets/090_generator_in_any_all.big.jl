# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    numbers::Vector{BigInt} = BigInt[4, 8, 15, 16, 23, 42]
    println(any(n > 40 for n in numbers) ? "True" : "False")
    println(all(mod(n, 2) == 0 for n in numbers) ? "True" : "False")
    println(any(mod(n, 5) == 0 for n in numbers if n > 20) ? "True" : "False")
    return nothing
end

main()
