def collatz_length(n):
    steps = 1
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


best = 0
best_n = 0
for n in range(1, 10000):
    length = collatz_length(n)
    if length > best:
        best = length
        best_n = n
print(best_n, best)
