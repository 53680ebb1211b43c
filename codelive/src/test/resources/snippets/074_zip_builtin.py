for a, b in zip([1, 2, 3], [4, 5, 6]):
    print(a, b, a * b)
for x, y in zip(range(10), [7, 8]):
    print(x, y)
