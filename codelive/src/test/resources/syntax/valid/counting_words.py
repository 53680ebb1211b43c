text = "the quick brown fox jumps over the lazy dog the end"
words = text.split()
seen = []
for w in words:
    if w not in seen:
        seen.append(w)
for w in sorted(seen):
    print(w, words.count(w))
