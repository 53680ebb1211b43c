# expect: syntax error: invalid decimal literal at 2:6
x = 1abc
