# Accumulator loops whose state a function reads while they run: a dependency the loop body does not show.
def bonus():
    return total % 5


def double_i():
    return i * 2


total = 0
for k in range(20):
    total += bonus() + k
s = 0
for i in range(10):
    s += double_i()
print(total, s)
