matrix = [[i * j for j in range(1, 4)] for i in range(1, 4)]
print(matrix)
transposed = [[row[c] for row in matrix] for c in range(3)]
print(transposed)
