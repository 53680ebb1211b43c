# expect: syntax error: non-default argument follows default argument at 2:12
def f(a=1, b):
    pass
