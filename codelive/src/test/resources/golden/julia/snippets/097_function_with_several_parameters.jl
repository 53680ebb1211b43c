# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function volume(width::Int64, height::Int64, depth::Int64)::Int64
    return width * height * depth
end

function main()
    println(volume(2, 3, 4))
    return nothing
end

main()
