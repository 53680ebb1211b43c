found = 0
for i in range(1, 10):
    for j in range(1, 10):
        if i * j == 42:
            found = i * 10 + j
            break
    if found:
        break
print(found)
