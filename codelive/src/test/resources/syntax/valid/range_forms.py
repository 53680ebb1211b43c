print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)))
for i in range(3, -1, -1):
    print(i, end=" ")
print()
