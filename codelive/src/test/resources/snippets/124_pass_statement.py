for i in range(3):
    pass
print(i)
if i > 1:
    pass
else:
    print("unreachable")
print("done")
