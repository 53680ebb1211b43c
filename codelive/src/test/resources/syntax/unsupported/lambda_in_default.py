# expect: not supported yet: lambda expressions at 2:11
def f(key=lambda x: x):
    pass
