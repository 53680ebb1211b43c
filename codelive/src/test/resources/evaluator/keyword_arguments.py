def box(width, height, depth=1, label="box"):
    return label + ":" + str(width * height * depth)

print(box(2, 3), box(height=4, width=5), box(1, 2, label="crate", depth=3))
print(sorted([3, 1, 2], reverse=True), int("ff", base=16), round(number=2.567, ndigits=1))
print(list(enumerate("ab", start=1)), sum([1, 2], start=10))
