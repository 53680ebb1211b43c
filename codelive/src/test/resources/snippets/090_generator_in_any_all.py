numbers = [4, 8, 15, 16, 23, 42]
print(any(n > 40 for n in numbers))
print(all(n % 2 == 0 for n in numbers))
print(any(n % 5 == 0 for n in numbers if n > 20))
