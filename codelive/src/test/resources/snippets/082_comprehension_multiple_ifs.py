result = [x for x in range(100) if x % 3 == 0 if x % 5 == 0]
print(result)
