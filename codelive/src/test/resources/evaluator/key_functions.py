words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=len), sorted(words, key=len, reverse=True), sorted(words, key=None))
print(min(words, key=len), max(words, key=len), max([3, -7, 5], key=abs), min(4, -4, 2, key=abs))

def last_letter(word):
    print("key of", word)
    return word[-1]

print(sorted(words[:4], key=last_letter))
print(max(words, key=last_letter), min([], key=last_letter, default="none"))
pairs = [(1, "b"), (0, "a"), (1, "a"), (0, "b")]

def first(pair):
    return pair[0]

pairs.sort(key=first)
print(pairs)
pairs.sort(key=first, reverse=True)
print(pairs)
pairs.sort(key=None, reverse=True)
print(pairs)
print(sorted(range(-5, 6), key=abs))
