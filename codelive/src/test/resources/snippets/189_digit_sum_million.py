total = 0
for n in range(200000):
    m = n
    while m > 0:
        total += m % 10
        m //= 10
print(total)
