from math import isqrt

squares = [n for n in range(200) if isqrt(n) ** 2 == n]
print(squares)
