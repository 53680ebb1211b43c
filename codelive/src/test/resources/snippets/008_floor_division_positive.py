print(7 // 2)
print(8 // 3)
print(0 // 5)
print(100 // 7)
