xs = [7, -2, 15, 0, 4, -9, 11, 3, 8]
print([x * x for x in xs if x % 2], [x for x in xs if x > 100], [x // 3 for x in xs])
print([i * 2.5 for i in range(10, -10, -3) if i != 1], [str(i) + "!" for i in range(5) if i % 2 == 0])
print([(x, x > 0) for x in xs if x], [[x, -x] for x in xs[2:6]])
evens = [i for i in range(0, 40) if i % 4 == 0]
print(evens, len([w for w in ["a", "bb", "ccc"] if len(w) > 1]), sorted([-x for x in xs]))
print([x for x in range(3) if x > 5], [y - 1 for y in [i * i for i in range(6)] if y % 2 == 0])
