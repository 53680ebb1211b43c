n = 1
while n < 1000:
    n *= 3
print(n)
