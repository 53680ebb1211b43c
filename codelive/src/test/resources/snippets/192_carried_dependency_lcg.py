state = 12345
for _ in range(100000):
    state = (state * 1103515245 + 12345) % 2147483648
print(state)
