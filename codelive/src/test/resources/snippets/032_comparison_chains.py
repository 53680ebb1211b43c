x = 5
print(1 < x < 10)
print(1 < x > 3)
print(10 > x > 5)
print(0 <= x <= 5 < 6)
print(1 == 1 < 2)
print(3 > 2 > 1 > 0)
