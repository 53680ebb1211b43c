x = 1
for i in range(200):
    x = x * 3 + i
print(x)
print(len(str(x)))
