print(list(range(5)), list(range(2, 5)), list(range(10, 0, -3)), list(range(0)), list(range(5, 2)))
print(list(range(-5, -1)), list(range(0, -10, -4)), len(range(0, 100, 7)), range(3), range(1, 9, 2))
print(range(10)[3], range(10)[-1], range(10)[2:5], 5 in range(10), 10 in range(10), list(reversed(range(4))))
for i in range(3, 0):
    print("never")
print(sum(range(101)), max(range(7)), min(range(3, 9)))
