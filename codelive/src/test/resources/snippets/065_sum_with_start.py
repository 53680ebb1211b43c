print(sum([1, 2, 3], 10))
print(sum(range(5), -10))
print(sum([0.1] * 10))
