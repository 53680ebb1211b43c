values = [1]
for i in range(1, 30):
    values.append(values[i - 1] * 2 + i)
print(values[-1])
print(sum(values))
