row = [1]
for _ in range(8):
    print(row)
    row = [1] + [row[i] + row[i + 1] for i in range(len(row) - 1)] + [1]

def collatz_steps(n):
    steps = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        steps += 1
    return steps

print([collatz_steps(n) for n in range(1, 20)], collatz_steps(27))
