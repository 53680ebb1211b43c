xs = [3, 1, 4, 1, 5, 9, 2, 6]
empty = []
nested = [[1, 2], [3, 4]]
print(xs[0], xs[-1], nested[1][0], len(xs), len(empty))
xs[2] = 40
xs.append(7)
print(xs, [1, 2,], [])
