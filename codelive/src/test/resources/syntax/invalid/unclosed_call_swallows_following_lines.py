# expect: syntax error: '(' was never closed at 2:6
print("total", sum(xs)
if total > 3:
    print(total)
