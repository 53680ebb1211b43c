# expect: syntax error: invalid non-printable character U+00A0 at 2:6
x = 1 + 2
