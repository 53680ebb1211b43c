def outer():
    def inner():
        return later
    print("calling inner")
    result = inner()
    later = 1
    return result

outer()
