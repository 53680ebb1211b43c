total = 0.0
for _ in range(10):
    total += 0.1
print(total)
print(total == 1.0)
print(sum([0.1] * 10))
