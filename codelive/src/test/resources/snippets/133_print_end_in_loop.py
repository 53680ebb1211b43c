for i in range(5):
    print(i, end=" ")
print()
for i in range(3):
    print(i, end=",")
print("")
