values = list(range(20))
print([v * 2 for v in values[::4]])
print([v for v in values[-5:] if v % 2 == 1])
windows = [sum(values[i:i + 3]) for i in range(0, 18, 3)]
print(windows)
