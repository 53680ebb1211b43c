x = 0.5
for _ in range(1000):
    x = 3.7 * x * (1.0 - x)
print(x)
