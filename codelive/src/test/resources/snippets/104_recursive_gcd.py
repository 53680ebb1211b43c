def gcd(a, b):
    if b == 0:
        return a
    return gcd(b, a % b)


print(gcd(48, 18))
print(gcd(17, 5))
print(gcd(0, 9))
print(gcd(2 ** 40, 6 ** 20))
