for i in range(5):
    pass
print(i)
for j in range(2, 20, 6):
    pass
print(j)
