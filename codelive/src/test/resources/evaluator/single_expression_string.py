# a comment before
"hello" + " " + "world"  # and after
