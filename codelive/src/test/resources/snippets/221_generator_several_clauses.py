print(sum(i * j for i in range(1, 20) for j in range(i, 20) if (i + j) % 3 == 0 if i != j))
print(max(i - j for i in range(10) for j in range(5) if i > j))
