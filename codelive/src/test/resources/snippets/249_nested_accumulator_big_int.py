# Nested accumulator loops whose total outgrows 128 bits.
big = 0
for i in range(1, 60):
    for j in range(1, 40):
        big += i ** 20 * j ** 9 - i * j
print(big)
