print([x for x in range(3) if x])
print([y for x in range(2) if y for y in range(2)])
