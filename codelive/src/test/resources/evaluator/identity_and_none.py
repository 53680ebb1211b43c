x = None
print(x is None, x is not None, [] is [], None == None, True is True)
def nothing():
    pass
print(nothing(), nothing() is None)
a = []
b = a
print(a is b, a is not b)
