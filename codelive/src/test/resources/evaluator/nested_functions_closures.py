def outer(n):
    def add(m):
        return m + n
    def twice(m):
        return add(add(m))
    return twice(1)

print(outer(10))

def counter_demo():
    items = []
    def push(x):
        items.append(x)
        return len(items)
    push("a")
    push("b")
    return items

print(counter_demo())

def late():
    def show():
        return value
    value = "assigned after def"
    return show()

print(late())

def fact_outer(n):
    def go(k):
        return 1 if k == 0 else k * go(k - 1)
    return go(n)

print(fact_outer(10))
