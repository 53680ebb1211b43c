# expect: syntax error: invalid syntax at 2:8
x += y += 1
