x = None
xs = [1, 2, 3]
print(x is None, x is not None, 2 in xs, 5 not in xs, "a" in "abc", not 2 in xs)
