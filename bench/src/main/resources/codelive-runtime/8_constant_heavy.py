# A loop body full of constant subexpressions (powers, products, math constants): what constant folding removes.
import math
total = 0
acc = 0.0
for i in range(1000000):
    total += (i * (2 ** 31 - 1) + 3 ** 7 * 5) % (10 ** 9 + 7)
    acc += i * (math.pi / 180.0) * (3.0 / 2.0 + 0.25)
print(total, round(acc, 3))
