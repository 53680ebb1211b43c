# expect: not supported yet: keyword-only parameters at 2:10
def f(a, *, b):
    pass
