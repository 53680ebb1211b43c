a, b, c = 1, 2, 3
print(a < b <= c, a == b != c, a < b > c, 1 < 2 < 3 < 4 < 5)
print(a is None, a is not None, a in [1, 2], a not in [1, 2])
print(not a == b, (a < b) == (b < c))
