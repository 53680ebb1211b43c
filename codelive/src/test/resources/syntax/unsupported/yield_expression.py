# expect: not supported yet: yield expressions at 3:5
def gen():
    yield 1
