# Nested accumulator loops whose total outgrows 64 bits but fits in 128.
total = 0
for i in range(1, 301):
    for j in range(1, 201):
        if (i + j) % 3 != 0:
            total += (i * j) ** 4
print(total)
