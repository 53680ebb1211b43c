s = "abcdefgh"
print(s[0], s[-1], s[2:5], s[:3], s[5:], s[::2], s[::-1], s[-3:], s[1:-1:3], s[10:], s[5:2])
print(len(s), s[3:3] == "", "é" * 3, len("héllo"), "😀x"[0], len("😀"))
for ch in "hi!":
    print(ch, ord(ch))
print(chr(65), chr(0x263A), ord("é"))
