from math import gcd

print(gcd(2 ** 64, 2 ** 40 * 3))
print(gcd(10 ** 18 + 9, 10 ** 9 + 7))
print(gcd(-12, 18))
print(gcd(0, 0))
