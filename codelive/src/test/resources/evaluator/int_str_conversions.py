print(str(-0), str(10 ** 20), int("0"), int("-0"), int("  12  "), int("0b101", 0), int("0o17", 0))
print(float("1e3"), float("-inf"), str(0.1), str(1e100), repr(1.0), int(1e20))
print(len(str(10 ** 4299)))
print(len(str(10 ** 4300)))
