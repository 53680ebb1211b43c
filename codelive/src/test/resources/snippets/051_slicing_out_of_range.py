items = [1, 2, 3]
print(items[1:100])
print(items[5:])
print(items[-100:2])
print(items[2:1])
print(items[::-5])
