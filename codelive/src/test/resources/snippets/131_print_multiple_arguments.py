print(1, 2, 3)
print("a", 1, 2.5, True)
print()
print("x", [1, 2], -4)
