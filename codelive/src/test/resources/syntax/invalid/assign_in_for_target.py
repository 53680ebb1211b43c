# expect: syntax error: cannot assign to function call at 2:5
for f() in xs:
    pass
