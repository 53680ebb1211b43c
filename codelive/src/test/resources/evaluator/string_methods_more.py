w = "python"
print(w.startswith("py"), w.endswith("on"), w.startswith(("x", "p")), w.find("th"), w.find("z"), w.index("o"))
print("42".zfill(5), "-42".zfill(5), "ab".center(7, "*"), "ab".ljust(5, "."), "ab".rjust(5))
print("123".isdigit(), "12a".isdigit(), "abc".isalpha(), "ab1".isalnum(), "   ".isspace(), "ABC".isupper(), "abc".islower())
print("".isdigit(), "Hello World".lower().split(), "a-b-c".split("-", -1))
