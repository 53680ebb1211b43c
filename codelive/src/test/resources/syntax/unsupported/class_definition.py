# expect: not supported yet: class definitions at 4:1
x = 1

class A:
    pass
