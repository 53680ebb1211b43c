# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function describe(name::String, age::BigInt, city::String)::Nothing
    println(name, " ", age, " ", city)
    return nothing
end

function main()
    describe("Ann", big(31), "Oslo")
    describe("Bo", big(4), "Lima")
    describe("Cy", big(55), "Rome")
    return nothing
end

main()
