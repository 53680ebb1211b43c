x = 10
x += 5
x -= 3
x *= 2
x /= 4
print(x)
y = 17
y //= 5
y **= 3
y %= 7
print(y)
s = "ab"
s += "cd"
s *= 2
print(s)
xs = [1, 2, 3]
xs[0] += 10
xs[-1] *= 3
i = 1
xs[i] -= 4
print(xs)
grid = [[0] * 3 for _ in range(3)]
grid[1][2] += 7
grid[0][0] -= 1
print(grid)
xs[1:2] += [99, 98]
print(xs)
