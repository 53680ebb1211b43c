# expect: syntax error: cannot assign to True at 2:1
True = 1
