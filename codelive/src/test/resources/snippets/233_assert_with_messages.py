def checked_sqrt(n):
    assert n >= 0, "negative input"
    root = 0
    while (root + 1) * (root + 1) <= n:
        root += 1
    assert root * root <= n < (root + 1) * (root + 1)
    return root


print([checked_sqrt(n) for n in [0, 1, 15, 16, 17, 99]])
