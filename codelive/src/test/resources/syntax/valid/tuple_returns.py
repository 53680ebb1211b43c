def divmod_pair(a, b):
    return a // b, a % b


q, r = divmod_pair(17, 5)
print(q, r, divmod_pair(-17, 5), ())
t = (1,)
print(t, (1, 2) + (3,), len(t))
