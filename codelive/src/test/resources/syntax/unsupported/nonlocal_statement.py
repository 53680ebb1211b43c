# expect: not supported yet: nonlocal statements at 5:9
def f():
    x = 1
    def g():
        nonlocal x
