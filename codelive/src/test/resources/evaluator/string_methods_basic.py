s = "  Hello, World  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.upper(), s.lower())
print("a,b,,c".split(","), " a  b c ".split(), "a b c".split(" ", 1), "x".split("x"))
print("-".join(["a", "b", "c"]), "".join(reversed("abc")), ", ".join(str(i) for i in range(3)))
print("banana".replace("a", "o"), "banana".replace("a", "o", 2), "aaa".replace("", "-"))
print("xxhixx".strip("x"), "hello".count("l"), "hello".count(""), "ab".upper().lower())
