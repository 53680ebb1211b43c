base = 3 ** 50
values = [base * k - 7 ** (k + 6) for k in range(-6, 7)]
print(sum(v * v for v in values))
print(min(v - base for v in values if v % 3), max(v // 5 for v in values))
print(sum(2 ** i for i in range(0, 200, 7)), sum(i ** 20 for i in range(50, -50, -3)))
print(any(v > base * 5 for v in values), all(v % 2 == 1 for v in values), sum(v > 0 for v in values))
print(min(i * base for i in range(9, -9, -2)), max(i ** 30 for i in range(-4, 3)))
print([v // base for v in values if v > 0], [i ** 25 for i in range(-3, 4)])
