def area(radius):
    """Return the area of a circle."""
    return 3.0 * radius * radius


print(area(2))
