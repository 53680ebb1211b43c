match = [1, 2]
case = 3
_ = 4
type = "t"
print(match, case, _, type, match[0])
