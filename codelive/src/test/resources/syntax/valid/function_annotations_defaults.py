def greet(name: str, greeting: str = "Hello", times: int = 1) -> str:
    return " ".join([greeting + ", " + name] * times)


def area(w: float, h: float = 1.0) -> float:
    return w * h


def nothing():
    return


print(greet("Ada"), greet("Alan", "Hi", 2), area(2.0), nothing())
