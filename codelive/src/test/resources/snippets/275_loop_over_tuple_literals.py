# Loops over tuple literals, as small scripts write them.
for a in (7, -7):
    for b in (2, -2, 3):
        print(a, b, a // b, a % b)
print([x * 2 for x in (1, 2, 3)], sum(y for y in (4, 5)))
