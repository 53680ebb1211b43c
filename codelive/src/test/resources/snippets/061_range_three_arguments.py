print(list(range(0, 20, 5)))
print(list(range(10, 0, -3)))
print(list(range(-5, 5, 2)))
print(list(range(1, 10, 100)))
