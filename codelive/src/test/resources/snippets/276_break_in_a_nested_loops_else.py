# A break in a nested loop's else clause leaves the outer loop, so the outer loop's else does not run.
total = 0
n = 3
for i in range(n):
    for j in range(2):
        total += j
    else:
        break
else:
    total = -1
print(total)
found = 0
for a in range(4):
    for b in range(a):
        if b == 2:
            break
    else:
        found += 1
        continue
    break
else:
    found = -1
print(found, a)
hits = 0
for x in range(5):
    for y in range(3):
        if y > x:
            break
    else:
        hits += 10
        if x == 3:
            break
        continue
    hits += 1
print(hits)
