t = True
f = False
print(t and f, t or f, not t, not f)
print(t and t, f or f)
print(not (t and f) or f)
