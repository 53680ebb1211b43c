# expect: not supported yet: raise statements at 3:5
def f():
    raise ValueError("no")
