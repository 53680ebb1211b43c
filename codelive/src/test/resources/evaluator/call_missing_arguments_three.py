def f(a, b, c, d=4):
    return a

f(d=1)
