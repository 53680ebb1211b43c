# expect: not supported yet: set comprehensions at 2:5
s = {x for x in xs}
