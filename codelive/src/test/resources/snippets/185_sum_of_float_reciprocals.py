total = 0.0
for i in range(1, 200001):
    total += 1.0 / i
print(total)
