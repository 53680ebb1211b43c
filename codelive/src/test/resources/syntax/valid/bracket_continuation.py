total = (1 +
         2 +
         3)
xs = [
    1,
    2,  # a comment inside brackets
    3,
]
print(total, xs, max(
    4,
    5,
))
