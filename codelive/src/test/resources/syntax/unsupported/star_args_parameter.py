# expect: not supported yet: variable-length parameters at 2:7
def f(*args):
    pass
