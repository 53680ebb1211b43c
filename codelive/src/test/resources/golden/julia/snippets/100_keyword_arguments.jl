# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function describe(name::String, age::Int64, city::String)::Nothing
    println(name, " ", age, " ", city)
    return nothing
end

function main()
    describe("Ann", 31, "Oslo")
    describe("Bo", 4, "Lima")
    describe("Cy", 55, "Rome")
    return nothing
end

main()
