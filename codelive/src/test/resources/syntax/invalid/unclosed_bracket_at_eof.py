# expect: syntax error: '[' was never closed at 2:5
x = [1, 2
