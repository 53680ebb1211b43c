items = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(items[2:5])
print(items[:3])
print(items[7:])
print(items[-3:])
print(items[::2])
print(items[1::3])
print(items[::-1])
print(items[8:2:-2])
