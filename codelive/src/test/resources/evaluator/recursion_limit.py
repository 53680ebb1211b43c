def down(n):
    return down(n + 1)

print("starting")
down(0)
