# expect: syntax error: unexpected indent at 3:5
x = 1
    y = 2
