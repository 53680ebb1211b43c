print(3 in [1, 2, 3], 4 not in [1, 2, 3], "ell" in "hello", "" in "abc", 5 in range(0, 10, 5), 7 in range(0, 10, 5))
print((1, 2) in [(1, 2), (3, 4)], [1] in [[1], [2]], 1.0 in [1], True in [1], "a" in ("a", "b"))
print(2 in (x * 2 for x in range(3)))
