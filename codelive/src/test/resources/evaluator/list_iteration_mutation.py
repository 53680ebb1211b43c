xs = [1, 2, 3]
for x in xs:
    if x < 3:
        xs.append(x * 10)
print(xs)
ys = [1, 2, 3, 4]
for y in ys:
    ys.remove(y)
print(ys)
