def make_multiplier(factor):
    def multiply(x):
        return x * factor
    return multiply

double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(7), double(triple(1)))

def accumulate():
    history = []
    def add(x):
        history.append(x)
        return sum(history)
    return add

acc = accumulate()
acc(1)
acc(2)
print(acc(3))
