n = 1
for i in range(1, 31):
    n *= i
print(n)
print(2 ** 100, -(2 ** 100), 2 ** 64 - 1, -(2 ** 63))
print(9223372036854775807 + 1, -9223372036854775808 - 1)
big = 10 ** 30
print(big // 7, big % 7, big * big, big - big)
print(3 ** 50 // 3 ** 48, (2 ** 70) / (2 ** 69))
print(abs(-(2 ** 80)), len(str(2 ** 200)))
