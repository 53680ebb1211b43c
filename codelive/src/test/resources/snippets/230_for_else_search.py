def first_negative(values):
    for i, v in enumerate(values):
        if v < 0:
            print("first negative at", i)
            break
    else:
        print("no negatives")


first_negative([3, 1, -4, 1])
first_negative([2, 7])
first_negative([])
