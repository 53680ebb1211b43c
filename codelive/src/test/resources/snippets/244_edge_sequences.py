xs = list(range(10))
print(xs[::-1], xs[1:8:3], xs[-3:], xs[:-7:-2], xs[8:2:-2], xs[100:], xs[-100:2], "hello"[::-2], "hello"[1:-1])
ys = [5, 3, 8, 1, 9, 2]
ys.sort()
print(ys, sorted(ys, reverse=True), ys.index(8), ys.count(3), ys.pop(), ys.pop(0), ys)
ys.insert(-1, 7)
ys.insert(100, 6)
ys.insert(-100, 0)
ys.extend(ys)
ys.remove(7)
print(ys, len(ys), 3 in ys, 4 not in ys, ys * 2 == ys + ys)
pairs = [(2, "b"), (1, "z"), (2, "a"), (1, "a")]
print(sorted(pairs), sorted(pairs, reverse=True), max(pairs), min(pairs))
grid = [[i * j for j in range(4)] for i in range(3)]
grid[1][2] += 10
grid[-1][-1] = -1
print(grid, [row[::-1] for row in grid], [x for row in grid for x in row if x % 2 == 0])
items = [1, 2, 3]
for item in items:
    if item < 3:
        items.append(item * 10)
print(items, list(reversed(items)), list(enumerate("ab", start=1)), list(zip([1, 2, 3], "xy")))
a, b = 1, 2
a, b = b, a
(c, d), e = (3, 4), 5
print(a, b, c, d, e, any(x > 25 for x in items), all(x > 0 for x in items), any([]), all([]))
