def fast_power(base, exp):
    if exp == 0:
        return 1
    half = fast_power(base, exp // 2)
    if exp % 2 == 0:
        return half * half
    return half * half * base


print(fast_power(2, 10))
print(fast_power(3, 45))
print(fast_power(7, 0))
