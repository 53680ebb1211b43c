def factorial(n):
    return 1 if n <= 1 else n * factorial(n - 1)


print(factorial(30), 2 ** 200, -(3 ** 50) // 7, (10 ** 30) % 97)
