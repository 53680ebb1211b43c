print(min((i * 7919) % 100003 for i in range(1, 300000)))
print(max((i * 7919) % 100003 for i in range(1, 300000)))
