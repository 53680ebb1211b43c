s = "  Hello, World  "
print(s.strip().lower(), s.split(","), "-".join(["a", "b", "c"]), s.replace("l", "L"))
print("abc".upper(), "ABC".lower(), "hello".startswith("he"), "x".join("abc"), str(3.0))
