print(True + 1, True == 1, False == 0, sum([True, True, False]), -True, True / 2)
print(max(True, 0.5), [True, False] * 2, True and 3, str(True), int(False), True > False)
