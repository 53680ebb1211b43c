x = 7
y = -2
if x > 0:
    if y > 0:
        print("first quadrant")
    else:
        print("fourth quadrant")
else:
    print("left half")
