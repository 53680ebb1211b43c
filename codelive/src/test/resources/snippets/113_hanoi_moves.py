def hanoi(n, source, target, spare):
    if n == 0:
        return 0
    moves = hanoi(n - 1, source, spare, target)
    moves += 1
    moves += hanoi(n - 1, spare, target, source)
    return moves


print(hanoi(10, "A", "C", "B"))
print(hanoi(3, "A", "C", "B"))
