def find_factor(n):
    d = 2
    while d * d <= n:
        if n % d == 0:
            print(n, "has factor", d)
            break
        d += 1
    else:
        print(n, "is prime")


find_factor(91)
find_factor(97)
