def volume(width, height, depth):
    return width * height * depth


print(volume(2, 3, 4))
