# expect: syntax error: expected ':' at 2:19
for x in range(3) print(x)
