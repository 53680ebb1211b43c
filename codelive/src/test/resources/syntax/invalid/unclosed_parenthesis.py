# expect: syntax error: '(' was never closed at 2:6
print((1, 2)
