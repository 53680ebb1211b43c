from math import gcd, isqrt, pi, sqrt

print(gcd(84, 36))
print(isqrt(99))
print(isqrt(10 ** 20))
print(pi)
print(sqrt(0.25))
