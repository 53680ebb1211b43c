# expect: syntax error: invalid syntax at 2:12
x: int = y = 1
