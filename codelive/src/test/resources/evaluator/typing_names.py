from typing import TYPE_CHECKING, Any, Callable, Iterable, List, Optional, Sequence, Tuple, Union
if TYPE_CHECKING:
    print("never at run time")

def describe(items: Sequence[Any], sep: Optional[str] = None) -> str:
    return (sep or ", ").join(str(item) for item in items)

def total(pairs: List[Tuple[int, int]], scale: Union[int, float] = 1) -> float:
    return sum(a * b for a, b in pairs) * scale

def first(fn: Callable[[int], int], xs: Iterable[int]) -> int:
    for x in xs:
        return fn(x)
    return -1

print(describe([1, "a", 2.5]), describe("xyz", sep="-"), total([(1, 2), (3, 4)], 0.5), first(abs, [-4, 5]))
