def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(1071, 462))
print(lcm(4, 6))
result = 1
for i in range(1, 21):
    result = lcm(result, i)
print(result)
