# expect: syntax error: illegal expression for augmented assignment at 2:1
(a, b) += 1
