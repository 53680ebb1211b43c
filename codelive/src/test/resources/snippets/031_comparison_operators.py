a = 3
b = 7
print(a < b, a <= b, a > b, a >= b, a == b, a != b)
print(b < a, b <= b, b >= b)
