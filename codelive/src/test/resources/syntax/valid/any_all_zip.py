xs = [1, 2, 3]
ys = [4, 5, 6]
print(any(x > 2 for x in xs), all(x > 0 for x in xs), list(zip(xs, ys)))
for x, y in zip(xs, ys):
    print(x * y)
