s = "  Hello, World!  "
print(f"{s.strip()!r} {s.lstrip()!r} {s.rstrip()!r}", s.split(), "a,b,,c".split(","), "-".join(["x", "y", "z"]))
print("abc".upper(), "ABC".lower(), "a-b".upper())
print("banana".replace("a", "o"), "abc".replace("", "-"), "banana".count("an"), "banana".find("n"), "banana".find("z"), "banana".index("na"))
print("abc".startswith("ab"), "abc".endswith("bc"), "123".isdigit(), "abc".isalpha(), "ab1".isalnum(), " \t".isspace(), "ABC".isupper(), "abc".islower())
print(["it's", 'say "hi"', "both ' and \"", "tab\tnew\nline\\", "\x01\x7f", "café"])
print(len("héllo"), "héllo"[1], ord("é"), chr(233), chr(65) + "b" * 3, "ab" < "b", "Z" < "a", sorted(["b", "A", "a", "B"]))
words = "the quick brown fox jumps over the lazy dog".split()
print(sorted(words, reverse=True), max(words), [w.upper() for w in words if len(w) > 4])
