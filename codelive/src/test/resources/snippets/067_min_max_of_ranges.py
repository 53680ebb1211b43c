print(max(range(10)))
print(min(range(-5, 5)))
print(max(x * x for x in range(-4, 3)))
print(min(x % 7 for x in range(10, 20)))
