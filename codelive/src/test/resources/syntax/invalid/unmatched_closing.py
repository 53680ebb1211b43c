# expect: syntax error: unmatched ')' at 2:9
x = f(1))
