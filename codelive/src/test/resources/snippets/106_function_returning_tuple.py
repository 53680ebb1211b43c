def min_max(values):
    return min(values), max(values)


low, high = min_max([3, 9, -2, 7])
print(low, high)
