target = 24
found = False
for a in range(1, 10):
    for b in range(a, 10):
        if a * b == target:
            print(a, b)
            found = True
            break
    if found:
        break
print(found)
