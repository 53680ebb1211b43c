x = 5
print(-x)
print(--x)
print(-(-x))
print(-x * -x)
print(+x)
