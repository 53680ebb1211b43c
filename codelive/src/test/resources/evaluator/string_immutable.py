s = "abc"
print(s)
s[0] = "x"
