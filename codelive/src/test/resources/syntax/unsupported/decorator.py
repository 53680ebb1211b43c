# expect: not supported yet: decorators at 2:1
@staticmethod
def f():
    pass
