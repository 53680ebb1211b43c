a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a, +a, -(-a), 2 ** 10, 2 ** -1, 10 / 4, 9 / 3)
print(1 + 2 * 3 - 4 / 2, (1 + 2) * 3, 2 ** 3 ** 2, -2 ** 2)
print(True + True, True * 10, False - 1, 3 * 1.5, 7 // 2.0, 7 % 2.5)
