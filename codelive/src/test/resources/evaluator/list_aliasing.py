a = [1, 2, 3]
b = a
c = a[:]
b.append(4)
print(a, b, c, a is b, a is c, a == c + [4])
grid = [[0] * 2] * 3
grid[0][0] = 1
print(grid)
grid = [[0] * 2 for _ in range(3)]
grid[0][0] = 1
print(grid)
def mutate(xs):
    xs.append("added")
    xs = ["rebound"]
    return xs
orig = []
print(mutate(orig), orig)
