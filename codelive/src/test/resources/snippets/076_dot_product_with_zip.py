a = [1, 2, 3, 4]
b = [5, 6, 7, 8]
print(sum(x * y for x, y in zip(a, b)))
