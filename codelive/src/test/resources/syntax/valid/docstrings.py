"""A module docstring."""


def documented(x):
    """Return x doubled.

    More text here.
    """
    return x * 2


print(documented(4))
