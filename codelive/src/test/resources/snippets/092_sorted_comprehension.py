values = [7, -3, 5, -1, 0]
print(sorted([v * v for v in values]))
print(sorted(v for v in values if v > 0))
