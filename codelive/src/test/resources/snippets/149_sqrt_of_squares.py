import math

print([math.sqrt(n * n) for n in range(6)])
print(math.sqrt(10 ** 10))
