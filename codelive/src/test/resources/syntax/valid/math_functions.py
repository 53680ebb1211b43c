import math
from math import floor, ceil, sqrt, gcd, isqrt, pi
print(floor(-2.5), ceil(-2.5), sqrt(2), gcd(0, 0), isqrt(99), round(pi, 5))
print(math.floor(7 / 2), math.ceil(7 / 2), math.sqrt(0.25), math.fabs(-1))
