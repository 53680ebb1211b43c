import math

print(math.pi)
print(math.e)
print(math.tau)
print(math.pi * 2 == math.tau)
