# expect: syntax error: expected ':' at 2:5
if x
    pass
