a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
[f, g] = [6, 7]
h, = [8]
print(a, b, c, d, e, f, g, h)
