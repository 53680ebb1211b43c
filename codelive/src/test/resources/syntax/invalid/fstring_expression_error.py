# expect: syntax error: expected an expression at 2:11
x = f"{1 +}"
