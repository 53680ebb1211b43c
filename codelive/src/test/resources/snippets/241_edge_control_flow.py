def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            break
    else:
        return -1
    return i


def collatz(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps


total = 0
count = 0
while count < 5:
    count += 1
    if count == 2:
        continue
    total += count
else:
    print("done", total)
print(find([4, 5, 6], 5), find([4, 5, 6], 7), [collatz(n) for n in range(1, 10)])
x = 0
for x in range(3):
    pass
print(x, 0 or 7, "" or "z", 0 and 5, 3 and 5, [] or [1], 1.5 or 2.0, 0.0 or 2.5)
for i in range(10, 0, -3):
    print(i, end=" ")
print()
print(1, 2, 3, sep="-", end="!\n")
