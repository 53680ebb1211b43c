print([1, "a", 2.0, None, True, (1,), [], ()], ("x", ["y"]), [[1, [2, [3]]]])
print(repr("quote ' here"), repr('both \' and "'), repr("tab\tnew\nline\\"), repr("\x00\x7f"), repr("é😀"))
xs = [1]
xs.append(xs)
print(xs, str(xs), [xs, xs])
print(str("plain"), str([" spaced "]), (1, 2), (None,))
