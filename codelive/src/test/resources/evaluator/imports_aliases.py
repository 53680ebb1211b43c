import math as m
from math import floor as fl, ceil
from math import (sqrt,
                  pi as PI)
import typing
from typing import List, Tuple, Dict
print(m.floor(2.7), fl(2.7), ceil(2.1), sqrt(49), PI)

def pairs(xs: List[int]) -> List[Tuple[int, int]]:
    return [(x, x * x) for x in xs]

def counts(words: Dict[str, int], key: typing.Optional[str] = None) -> int:
    return 0

print(pairs([1, 2, 3]), counts(None))
