# expect: not supported yet: variable-length parameters at 2:10
def f(a, **kwargs):
    pass
