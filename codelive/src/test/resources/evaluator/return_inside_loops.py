def first_negative(xs):
    for x in xs:
        while True:
            if x < 0:
                return x
            break
    return None

print(first_negative([3, 1, -4, -1]), first_negative([1]))

def early(n):
    if n > 0:
        return "positive"
    elif n < 0:
        return "negative"
    print("zero falls through")

print(early(1), early(-1), early(0))
