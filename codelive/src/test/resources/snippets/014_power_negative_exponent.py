print(2 ** -1)
print(10 ** -2)
print(4 ** 0.5)
print((-8) ** 2)
