def next_number(n):
    total = 0
    while n > 0:
        d = n % 10
        total += d * d
        n //= 10
    return total


count = 0
for start in range(1, 1000):
    n = start
    while n != 1 and n != 89:
        n = next_number(n)
    if n == 89:
        count += 1
print(count)
