def apply(f, x):
    return f(x)

def square(n):
    return n * n

def compose(f, g):
    def both(x):
        return f(g(x))
    return both

def make_counter(start):
    def step(by=1):
        return start + by
    return step

print(apply(square, 7), apply(abs, -3), apply(len, "four"), apply(str, 12) + "!")
inc_then_square = compose(square, make_counter(1))
print(inc_then_square(3), compose(len, str)(12345), make_counter(10)(), make_counter(10)(by=5))
transform = square if True else abs
print(transform(9), sorted([-3, 1, -2], key=compose(abs, square)))

def results():
    out = []
    for i in range(3):
        def show():
            return i * 10
        out.append(show())
    return out

print(results())
