s = "conformance"
print(s[0])
print(s[-1])
print(s[3:7])
print(s[::-1])
print(s[::3])
print(len(s))
