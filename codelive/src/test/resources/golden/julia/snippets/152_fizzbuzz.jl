# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    for i in 1:30
        if mod(i, 15) == 0
            println("FizzBuzz")
        elseif mod(i, 3) == 0
            println("Fizz")
        elseif mod(i, 5) == 0
            println("Buzz")
        else
            println(i)
        end
    end
    return nothing
end

main()
