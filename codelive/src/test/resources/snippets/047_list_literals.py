numbers = [1, 2, 3]
print(numbers)
print([])
print([1.5, 2.0])
print([True, False])
print([[1, 2], [3]])
