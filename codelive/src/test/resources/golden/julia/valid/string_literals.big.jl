# Rendered by Code Live from a Python snippet. Run: julia main.jl (Julia 1.9 or newer, standard library only)

function main()
    s1::String = "single"
    s2::String = "double"
    s3::String = "triple\nsingle"
    s4::String = "triple \"double\" "
    println(s1, " ", s2, " ", s3, " ", s4)
    println("tab\there", " ", "new\nline", " ", "quote's", " ", "say \"hi\"", " ", "back\\slash")
    println("Aé😀A\x00", " ", "α")
    println("raw\\n", " ", "raw\\d+", " ", "\\'")
    println("implicit concatenation ofliterals")
    println("line continued")
    return nothing
end

main()
