def fib(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a


for n in [0, 1, 2, 10, 50, 90, 100]:
    print(n, fib(n))
