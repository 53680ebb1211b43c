n = 600851475143
factor = 2
while factor * factor <= n:
    while n % factor == 0 and n != factor:
        n //= factor
    factor += 1
print(n)
