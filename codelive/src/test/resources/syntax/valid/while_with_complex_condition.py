a, b = 0, 10
while a < b and not (a == 5 or b == 5):
    a += 1
    b -= 1
print(a, b)
