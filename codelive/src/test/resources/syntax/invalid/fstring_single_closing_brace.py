# expect: syntax error: f-string: single '}' is not allowed at 2:8
x = f"a}"
