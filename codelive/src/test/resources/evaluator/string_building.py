s = ""
for i in range(10):
    s += str(i)
print(s, len(s))
line = "-" * 20
print(line, "ab" * 3, 3 * "xy", "x" * 0, "x" * -1)
parts = []
for word in "the quick brown fox".split():
    parts.append(word.capitalize() if False else word[0].upper() + word[1:])
print(" ".join(parts))
