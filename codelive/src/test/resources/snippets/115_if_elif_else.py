for n in [3, 15, 5, 7, 0]:
    if n % 15 == 0:
        print(n, "both")
    elif n % 3 == 0:
        print(n, "three")
    elif n % 5 == 0:
        print(n, "five")
    else:
        print(n, "neither")
