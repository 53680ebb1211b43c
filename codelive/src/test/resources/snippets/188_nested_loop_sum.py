total = 0
for i in range(1000):
    for j in range(500):
        total += i * j % 7
print(total)
