# expect: syntax error: invalid syntax at 2:1
else:
    pass
