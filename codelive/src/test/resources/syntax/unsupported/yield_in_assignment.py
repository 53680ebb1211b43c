# expect: not supported yet: yield expressions at 3:9
def gen():
    x = yield
