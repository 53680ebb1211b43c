s = "naïve café 😀"
print(s, len(s), s.upper(), s[::-1], s.split(" "), s[6:10])
print("ß".upper(), "İ".lower() == "i̇", len("İ".lower()))
print(repr("\u00e9"), "\N{GREEK SMALL LETTER ALPHA}", ord("😀"), chr(128512))
