print(list(range(0)))
print(list(range(5, 1)))
print(list(range(1, 5, -1)))
print(sum(range(0)))
count = 0
for i in range(10, 10):
    count += 1
print(count)
