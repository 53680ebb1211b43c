print("fine")
s = "a\ud800b"
print(len(s))
print("x", s, "y")
