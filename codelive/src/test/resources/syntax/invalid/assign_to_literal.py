# expect: syntax error: cannot assign to literal at 2:1
1 = x
