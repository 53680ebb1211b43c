def weighted(pairs, total):
    for weight, value in pairs:
        total += weight * value ** 12
    return total

big = 10 ** 18
small = 0
large = 0
for i in range(1, 40):
    if i % 3 == 0:
        large += big * i * i
    small += i % 4
print(small, large)
total = 0
for v in [big * 7, -big * 3, 5, big ** 2]:
    total += v
print(total, weighted([(1, 100), (-2, 37), (3, -11)], big), weighted([], 0))
