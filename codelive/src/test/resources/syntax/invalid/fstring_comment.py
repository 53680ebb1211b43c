# expect: syntax error: f-string expression part cannot include '#' at 2:8
x = f"{#}"
