# expect: not supported yet: non-ASCII identifiers at 2:1
café = 1
