values = [2, 7, 1, 8, 2, 8, 1, 8]
prefix = [0]
for v in values:
    prefix.append(prefix[-1] + v)
print(prefix)
print(prefix[6] - prefix[2])
