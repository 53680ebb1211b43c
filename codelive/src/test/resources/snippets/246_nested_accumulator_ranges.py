# Nested accumulator loops over ranges: the outer loop is the parallel one, inner ranges may depend on it.
total = 0
for i in range(40):
    for j in range(i, 0, -3):
        total += i * j % 7
count = 0
for r in range(-5, 25, 2):
    for j in range(10):
        for k in range(j):
            count += 1
print(total, count)
