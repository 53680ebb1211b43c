def is_armstrong(n):
    power = len(str(n))
    total = 0
    m = n
    while m > 0:
        total += (m % 10) ** power
        m //= 10
    return total == n


print([n for n in range(1, 1000) if is_armstrong(n)])
