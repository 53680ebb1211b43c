def hanoi(n, source, target, spare):
    if n > 0:
        hanoi(n - 1, source, spare, target)
        print("move", n, "from", source, "to", target)
        hanoi(n - 1, spare, target, source)


hanoi(3, "A", "C", "B")
