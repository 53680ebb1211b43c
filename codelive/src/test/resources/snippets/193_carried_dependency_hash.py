h = 0
for i in range(200000):
    h = (h * 31 + i) % 1000000007
print(h)
