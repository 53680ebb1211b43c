a, b = 1, 2
print(a, b)
a, b = b, a
print(a, b)
x, y, z = 3, 4, 5
print(x * y * z)
