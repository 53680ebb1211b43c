n = 0
odds = []
while n < 15:
    n += 1
    if n % 2 == 0:
        continue
    odds.append(n)
print(odds)
