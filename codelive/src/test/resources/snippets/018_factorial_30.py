result = 1
for i in range(1, 31):
    result *= i
print(result)
