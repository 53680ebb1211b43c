items = [10, 20, 30, 40, 50]
print(items[0])
print(items[4])
print(items[-1])
print(items[-5])
i = 2
print(items[i + 1])
