labels = ["even" if i % 2 == 0 else "odd" for i in range(5)]
print(labels, [x if x > 0 else -x for x in [-1, 2, -3]])
