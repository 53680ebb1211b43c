# expect: syntax error: invalid decimal literal at 2:7
x = 1__0
