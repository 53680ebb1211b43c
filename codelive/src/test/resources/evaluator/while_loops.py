n = 0
while n < 5:
    n += 1
    if n == 2:
        continue
    print(n)
else:
    print("done", n)
k = 10
while True:
    k -= 3
    if k < 0:
        break
print(k)
i = 0
while i < 3:
    i += 1
    if i == 2:
        break
else:
    print("not printed")
print(i)
