# expect: syntax error: f-string: invalid conversion character: expected 's', 'r', or 'a' at 2:10
x = f"{x!z}"
