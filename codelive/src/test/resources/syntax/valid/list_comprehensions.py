squares = [i * i for i in range(10)]
evens = [i for i in range(20) if i % 2 == 0 if i % 3 == 0]
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
matrix = [[i * j for j in range(3)] for i in range(3)]
flat = [x for row in matrix for x in row]
print(squares, evens, pairs, matrix, flat)
