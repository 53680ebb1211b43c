# expect: not supported yet: assignment expressions at 2:5
if (n := len(xs)) > 3:
    pass
