flags = [n % 2 == 0 for n in range(4)]
print(flags)
print([True and False, True or False])
print(sum(flags))
