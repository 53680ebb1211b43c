text = "the quick brown fox jumps over the lazy dog"
count = 0
for ch in text:
    if ch == "a" or ch == "e" or ch == "i" or ch == "o" or ch == "u":
        count += 1
print(count)
