words = ["zero", "one", "two", "three", "four"]
print([i for i, w in enumerate(words) if len(w) == 4])
print([w for i, w in enumerate(words, 10) if i % 2 == 0])
