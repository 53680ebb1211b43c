# expect: syntax error: positional argument follows keyword argument at 2:15
print(sep="", 1)
