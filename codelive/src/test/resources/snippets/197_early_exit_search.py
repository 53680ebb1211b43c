first = -1
for i in range(10 ** 6):
    if i * i % 1000 == 769:
        first = i
        break
print(first)
