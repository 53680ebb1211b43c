# expect: syntax error: expected ')' at 2:9
print(1 2)
