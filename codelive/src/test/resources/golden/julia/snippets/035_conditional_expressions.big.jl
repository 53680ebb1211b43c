# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    sign_::String = ""
    for n in big(-2):2
        sign_ = n < 0 ? "negative" : n == 0 ? "zero" : "positive"
        println(n, " ", sign_)
    end
    return nothing
end

main()
