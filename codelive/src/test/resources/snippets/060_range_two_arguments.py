print(list(range(2, 7)))
print(list(range(-3, 3)))
print(list(range(5, 5)))
total = 0
for i in range(10, 20):
    total += i
print(total)
