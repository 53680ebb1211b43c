def drain():
    return list(g)

g = (drain() for _ in range(1))
print("created")
print(list(g))
