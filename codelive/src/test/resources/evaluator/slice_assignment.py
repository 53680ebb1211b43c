xs = list(range(8))
xs[2:4] = ["a", "b", "c"]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
xs[1:3] = []
print(xs)
xs[:0] = [-1]
print(xs)
xs[len(xs):] = "xy"
print(xs)
xs[0] = xs
print(xs)
