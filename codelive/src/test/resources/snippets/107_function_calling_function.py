def double(x):
    return 2 * x


def quadruple(x):
    return double(double(x))


print(quadruple(5))
print(double(quadruple(1)))
