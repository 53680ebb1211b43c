# expect: syntax error: expected an expression at 2:4
x =
