# expect: syntax error: f-string: expecting '}' at 2:7
x = f"{x"
