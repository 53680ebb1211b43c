# expect: syntax error: cannot assign to function call at 2:1
f() = 1
