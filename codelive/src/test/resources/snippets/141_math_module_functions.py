import math

print(math.sqrt(16))
print(math.sqrt(2))
print(math.floor(3.7))
print(math.ceil(3.2))
print(math.floor(-3.7))
print(math.ceil(-3.2))
