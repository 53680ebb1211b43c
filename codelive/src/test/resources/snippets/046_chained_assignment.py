a = b = c = 7
print(a, b, c)
b = 8
print(a, b, c)
