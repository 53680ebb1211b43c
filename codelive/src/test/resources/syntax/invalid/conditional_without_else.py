# expect: syntax error: expected 'else' after 'if' expression at 2:11
x = 1 if y
