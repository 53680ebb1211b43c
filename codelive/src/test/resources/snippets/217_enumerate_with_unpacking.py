rows = [[1, 2], [3, 4]]
for i, (a, b) in enumerate(rows):
    print(i, a, b)
for index, (name, score) in enumerate(zip(["ann", "bob"], [90, 85])):
    print(index, name, score)
