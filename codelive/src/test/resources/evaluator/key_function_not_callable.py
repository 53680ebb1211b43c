print(sorted([], key=5), min([], key=5, default=0))
print(sorted([2, 1], key=5))
