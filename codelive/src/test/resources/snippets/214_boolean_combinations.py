for a in [False, True]:
    for b in [False, True]:
        print(a, b, a and b, a or b, not a and b, a != b)
