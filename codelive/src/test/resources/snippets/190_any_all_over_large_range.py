print(any(i * i == 998001 for i in range(10 ** 6)))
print(all(i * i >= 0 for i in range(300000)))
