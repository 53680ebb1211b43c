# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function is_even(n::Int64)::Bool
    if n == 0
        return true
    end
    return is_odd(n - 1)
end

function is_odd(n::Int64)::Bool
    if n == 0
        return false
    end
    return is_even(n - 1)
end

function main()
    println(is_even(10) ? "True" : "False", " ", is_odd(7) ? "True" : "False", " ", is_even(3) ? "True" : "False")
    return nothing
end

main()
