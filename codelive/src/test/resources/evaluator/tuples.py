t = (1, "two", 3.0)
print(t, t[1], t[-1], len(t), t[1:], t + (4,), t * 2, (1,), ())
print(t.count(1), t.index("two"), (1, 2) < (1, 2, 0), tuple([1, 2]), tuple("ab"))
a, b, c = t
print(a, b, c)
empty = ()
print(empty, len(empty), bool(empty), bool((0,)))
