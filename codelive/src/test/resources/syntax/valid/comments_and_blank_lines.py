# a comment at the top

x = 1  # trailing comment


# a comment between statements
def f():
    # a comment in a block

    y = 2  # another

        # an oddly indented comment
    return y
# dedent comment
print(x, f())
