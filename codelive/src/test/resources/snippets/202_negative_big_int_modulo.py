a = -(3 ** 100)
print(a % 1000)
print(a // 10 ** 40)
print(-a % 97, a % -97)
