print(6 * 7)
print(-3 * 4)
print(-3 * -4)
print(0 * -5)
