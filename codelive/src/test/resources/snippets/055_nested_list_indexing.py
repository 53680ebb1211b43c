matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(matrix[1])
print(matrix[1][2])
print(matrix[-1][-1])
matrix[0][0] = 100
print(matrix)
