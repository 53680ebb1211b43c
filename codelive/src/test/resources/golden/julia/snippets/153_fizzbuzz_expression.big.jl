# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for i in big(1):15
        println(mod(i, 15) == 0 ? "FizzBuzz" : mod(i, 3) == 0 ? "Fizz" : mod(i, 5) == 0 ? "Buzz" : string(i))
    end
    return nothing
end

main()
