print(sorted([3, 1, 2], reverse=True))
print(sorted(range(5), reverse=True))
original = [4, 2, 9]
result = sorted(original)
print(original, result)
