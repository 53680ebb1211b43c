def power(base, exponent=2):
    return base ** exponent


print(power(5))
print(power(2, 10))
print(power(3, exponent=3))
