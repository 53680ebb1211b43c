values = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
best = values[0]
running = []
for v in values:
    best = max(best, v)
    running.append(best)
print(running)
