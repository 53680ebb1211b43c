print("making")
g = (x for x in 5)
print("not reached")
