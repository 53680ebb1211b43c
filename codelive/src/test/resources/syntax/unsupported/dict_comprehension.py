# expect: not supported yet: dict comprehensions at 2:5
d = {k: v for k, v in pairs}
