words = ["alpha", "beta", "gamma"]
line = ""
for w in words:
    line += w.upper() + " "
print(line.strip(), str(42) + "!", "ab" * 3, len("hello"), "x" in "xyz")
