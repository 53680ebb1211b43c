values = [5, 3, 8, 1, 9, 2]
print(list(reversed(sorted(values))))
print(sorted(values, reverse=True) == list(reversed(sorted(values))))
