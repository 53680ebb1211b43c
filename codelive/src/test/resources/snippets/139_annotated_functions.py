def scale(values: list[float], factor: float) -> list[float]:
    return [v * factor for v in values]


def label(n: int) -> str:
    return "n=" + str(n)


print(scale([1.0, 2.5], 2.0))
print(label(4))
