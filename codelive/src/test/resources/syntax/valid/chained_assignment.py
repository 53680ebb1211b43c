a = b = c = 0
xs = ys = []
a = b = 1, 2
print(a, b, c, xs, ys)
