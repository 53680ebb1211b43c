xs = [4, -2, 9, 0]
print(abs(-5), abs(-2.5), min(xs), max(xs), min(3, 1, 2), max("apple", "pear"), sum(xs), len(xs))
print(sorted(xs), sorted("hello"), list(reversed(xs)), list(enumerate("ab")), list(zip([1, 2, 3], "ab")))
print(any(x < 0 for x in xs), all(xs), round(3.14159, 3), divmod(17, 5), pow(2, 8), bool(0), bool("x"))
print(str(12), repr("a'b"), str(1.0), int(True), float(3), list("ab"), tuple([1]), chr(97), ord("a"))
print(max([], default="empty"), min([[1, 2], [1]]), sum([0.1] * 10), sum([[1], [2]], []))
print(hash(42), hash(True), format(3.14159, ".2f"), format(42, "08b"), len(range(0, 10, 3)))
