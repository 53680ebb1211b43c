pairs = [[1, 2], [3, 4], [5, 6]]
for a, b in pairs:
    print(a + b)
points = [[0, 0], [3, 4]]
for x, y in points:
    print((x * x + y * y) ** 0.5)
