# expect: syntax error: f-string: empty expression not allowed at 2:7
x = f"{}"
