a = 2 ** 64
b = 3 ** 40
print(a + b)
print(a - b)
print(a * b)
print(a // 7)
print(a % 1000000007)
print(b // a)
