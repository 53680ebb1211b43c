# The startup floor: a program that does nothing but print, so the others can be read net of start-up.
print("hello")
