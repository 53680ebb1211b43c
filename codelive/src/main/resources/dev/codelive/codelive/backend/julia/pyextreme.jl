# min or max (pick) of a chunk's values, the first of equal ones as in Python, or nothing for a chunk without any.
function pyextreme(pick, values)
    best = nothing
    for value in values
        best = best === nothing ? value : pick(best, value)
    end
    return best
end
