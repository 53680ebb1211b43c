s = "abcdefghij"
print(s[2:5], s[:3], s[7:], s[-2:], s[::2], s[::-2])
print(s[1:-1])
print(s[100:])
print(s[5:2])
