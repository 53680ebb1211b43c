a = [1, 2]
b = [3, 4, 5]
c = a + b
print(c)
print(len(c))
print(a)
print([0] * 5)
