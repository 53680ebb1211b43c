a = [1, 2, 3]
b = [10, 20, 30]
print([x + y for x, y in zip(a, b)])
print([i * v for i, v in enumerate(b)])
