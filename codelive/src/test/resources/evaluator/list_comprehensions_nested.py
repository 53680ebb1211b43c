print([x * y for x in range(1, 4) for y in range(1, 4) if x != y])
print([[i * j for j in range(3)] for i in range(3)])
matrix = [[1, 2, 3], [4, 5, 6]]
print([row[i] for i in range(3) for row in matrix], [[row[i] for row in matrix] for i in range(3)])
print([c for word in ["ab", "cd"] for c in word if c != "c"], [x for x in range(20) if x % 2 if x % 3])
print([(a, b) for a in range(3) for b in range(a)])
