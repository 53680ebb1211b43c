n = 10
while n > 0:
    n -= 3
else:
    print("done", n)
i = 0
while True:
    i += 1
    if i > 5:
        break
print(i)
