total = 0
for i in range(10):
    total += i * i
print(total, i)
squares = 0
for n in range(200):
    squares += n * n
print(squares, sum(k for k in range(i)))
