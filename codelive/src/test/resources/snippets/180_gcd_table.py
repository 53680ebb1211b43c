from math import gcd

for a in range(1, 7):
    print([gcd(a, b) for b in range(1, 7)])
