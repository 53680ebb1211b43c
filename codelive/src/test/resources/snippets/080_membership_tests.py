items = [1, 2, 3]
print(2 in items)
print(5 in items)
print(5 not in items)
print("an" in "banana")
