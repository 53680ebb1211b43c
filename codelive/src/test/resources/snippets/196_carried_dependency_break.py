total = 0
i = 0
while total < 10 ** 7:
    i += 1
    total += i * i
print(i, total)
