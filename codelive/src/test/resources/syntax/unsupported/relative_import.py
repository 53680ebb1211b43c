# expect: not supported yet: relative imports at 2:6
from . import sibling
