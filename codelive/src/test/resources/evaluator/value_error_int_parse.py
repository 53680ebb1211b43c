print(int("42"), int(" -7 "), int("1_000"), int(3.99), int(-3.99), int("0x1f", 16), int("z", 36))
print(int("forty-two"))
