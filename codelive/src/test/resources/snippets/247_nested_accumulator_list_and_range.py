# Nested accumulator loops over a list and a range, with conditions and two accumulators.
xs = [5, -3, 8, 0, 12, -7, 9]
ys = [2, 4]
positive = 0
negative = 0
for x in xs:
    for k in range(len(ys) * 3):
        if x * k > 10:
            positive += x * k
        if x < 0:
            negative += x - k
    for y in ys:
        positive += x * y
print(positive, negative)
pairs = [(1, 2), (3, -4), (5, 6)]
t = 0
for a, b in pairs:
    for c in range(a, b):
        t += a * c - b
print(t)
