x = "outer"
ys = [x for x in range(3)]
print(x, ys)
n = 10
print([n * i for i in range(3)])
def f():
    k = 5
    return [k + j for j in range(3)]
print(f())
print([i for i in range(3)])
print(i)
