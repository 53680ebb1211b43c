xs = [3, -7, 2, 9, -1]
print(min(xs), max(xs), abs(-7), abs(2.5), min(3, 1, 2), max("a", "b"), sum(xs), len(xs))
print(sorted(xs), list(reversed(xs)), sorted(xs, key=abs), round(2.675, 2))
