import math
print(math.sqrt(16), math.sqrt(2), math.floor(-2.5), math.ceil(-2.5), math.trunc(-2.7))
print(math.gcd(12, 18), math.lcm(4, 6), math.isqrt(99), math.factorial(20), math.comb(10, 3), math.perm(5, 2))
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.fabs(-3), math.hypot(3, 4))
print(math.log(math.e), math.log(100, 10), math.log10(1000), math.log2(1024), math.exp(1))
print(math.sin(0), math.cos(0), round(math.tan(math.pi / 4), 10), math.isclose(0.1 + 0.2, 0.3), math.fsum([0.1] * 10))
print(math.floor(3), math.ceil(2.000001), math.log(2 ** 1000))
