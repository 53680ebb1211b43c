f = 1
for i in range(2, 101):
    f *= i
digits = 0
m = f
while m > 0:
    digits += m % 10
    m //= 10
print(digits)
print(f % (10 ** 9 + 7))
