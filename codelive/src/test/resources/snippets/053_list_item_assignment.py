grid = [0, 0, 0, 0]
grid[1] = 5
grid[-1] = 9
grid[0] += 2
print(grid)
