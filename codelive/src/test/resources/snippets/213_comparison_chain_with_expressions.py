a = 3
b = 5
c = 8
print(a < b < c)
print(a < b > c)
print(a + b == c > b)
print(a * 2 < c - 1 <= b + 2)
print(-c < -b < -a < 0)
