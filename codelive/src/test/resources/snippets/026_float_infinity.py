import math
print(math.inf)
print(-math.inf)
print(1e308 * 10)
print(-1e308 * 10)
print(math.inf > 10 ** 100)
