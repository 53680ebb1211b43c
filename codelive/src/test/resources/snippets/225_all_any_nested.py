grid = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(all(all(v > 0 for v in row) for row in grid))
print(any(any(v == 5 for v in row) for row in grid))
print(all(sum(row) > 6 for row in grid))
