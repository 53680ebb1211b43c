total = 0
for d in [5, 2, 1, 0, 3]:
    total += 10 // d
    print("total", total)
print("never")
