# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    state::BigInt = 12345
    for _v in big(0):99999
        state = mod(state * 1103515245 + 12345, 2147483648)
    end
    println(state)
    return nothing
end

main()
