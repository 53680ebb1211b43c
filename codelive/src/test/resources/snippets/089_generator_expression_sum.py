print(sum(x * x for x in range(100)))
print(sum(1 for x in range(50) if x % 7 == 0))
print(sum(x for x in range(10) for y in range(x)))
