total = 0.0
for k in range(500000):
    total += (-1.0) ** k / (2 * k + 1)
print(4 * total)
