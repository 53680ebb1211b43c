names = ["x", "y", "z"]
xs = [1, 2, 3]
ys = [1.5, 2.5, 3.5]
for name, x, y in zip(names, xs, ys):
    print(name, x + y)
