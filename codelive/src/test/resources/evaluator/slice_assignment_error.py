xs = [1, 2, 3, 4]
xs[::2] = [9]
print(xs)
