count: int = 3
ratio: float = 0.75
name: str = "annotated"
flags: list[bool] = [True, False]
print(count, ratio, name, flags)
