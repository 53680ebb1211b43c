# expect: not supported yet: positional-only parameters at 2:10
def f(a, /, b):
    pass
