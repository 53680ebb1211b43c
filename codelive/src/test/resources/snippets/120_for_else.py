for n in [2, 9, 11]:
    for d in range(2, n):
        if n % d == 0:
            print(n, "is composite")
            break
    else:
        print(n, "is prime")
