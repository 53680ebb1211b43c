package dev.codelive.codelive.backend.rust;

import java.util.List;

/**
 * The small functions a rendered program may need to keep Python's meaning where Rust's differs; each is emitted only
 * when used. {@code INT} in the code stands for the program's int type.
 */
enum RustHelper {
    FLOOR_DIV("floor_div", """
            /// Python's `//` on ints: rounds towards negative infinity.
            fn floor_div(a: INT, b: INT) -> INT {
                let q = a / b;
                if a % b != 0 && (a < 0) != (b < 0) { q - 1 } else { q }
            }
            """),
    FLOOR_MOD("floor_mod", """
            /// Python's `%` on ints: the result has the sign of the divisor.
            fn floor_mod(a: INT, b: INT) -> INT {
                let r = a % b;
                if r != 0 && (r < 0) != (b < 0) { r + b } else { r }
            }
            """),
    DIVMOD("divmod", """
            fn divmod(a: INT, b: INT) -> (INT, INT) {
                (floor_div(a, b), floor_mod(a, b))
            }
            """, FLOOR_DIV, FLOOR_MOD),
    FLOAT_MOD("float_mod", """
            /// Python's `%` on floats: the result has the sign of the divisor.
            fn float_mod(a: f64, b: f64) -> f64 {
                let m = a % b;
                if m == 0.0 {
                    0.0_f64.copysign(b)
                } else if (b < 0.0) != (m < 0.0) {
                    m + b
                } else {
                    m
                }
            }
            """),
    FLOAT_FLOOR_DIV("float_floor_div", """
            /// Python's `//` on floats, computed as CPython does.
            fn float_floor_div(a: f64, b: f64) -> f64 {
                let m = a % b;
                let mut div = (a - m) / b;
                if m != 0.0 && (b < 0.0) != (m < 0.0) {
                    div -= 1.0;
                }
                if div == 0.0 {
                    return 0.0_f64.copysign(a / b);
                }
                let floor = div.floor();
                if div - floor > 0.5 { floor + 1.0 } else { floor }
            }
            """),
    FLOAT_DIVMOD("float_divmod", """
            fn float_divmod(a: f64, b: f64) -> (f64, f64) {
                (float_floor_div(a, b), float_mod(a, b))
            }
            """, FLOAT_FLOOR_DIV, FLOAT_MOD),
    TRUE_DIV("true_div", """
            /// Python's `/` on ints: the correctly rounded quotient, even beyond 2**53.
            fn true_div(a: INT, b: INT) -> f64 {
                const EXACT: u128 = 1 << 53;
                let (x, y) = (a.unsigned_abs() as u128, b.unsigned_abs() as u128);
                if x <= EXACT && y <= EXACT {
                    return a as f64 / b as f64;
                }
                // Long division to at least 65 significant bits, the remainder kept as a sticky bit: one rounding.
                let (mut q, mut r, mut shift) = (x / y, x % y, 0);
                while q < 1 << 64 {
                    q <<= 1;
                    r <<= 1;
                    if r >= y {
                        q |= 1;
                        r -= y;
                    }
                    shift += 1;
                }
                let magnitude = (q | (r != 0) as u128) as f64 / 2f64.powi(shift);
                if (a < 0) != (b < 0) { -magnitude } else { magnitude }
            }
            """),
    INT_POW("int_pow", """
            /// Python's `**` on ints (a negative exponent would make a float: not expected here).
            fn int_pow(base: INT, exponent: INT) -> INT {
                assert!(exponent >= 0, "negative exponent in an int power");
                base.pow(exponent as u32)
            }
            """),
    INDEX("index", """
            /// A Python index into a sequence of `len` items: negative ones count from the end.
            fn index(i: INT, len: usize) -> usize {
                if i < 0 { (i + len as INT) as usize } else { i as usize }
            }
            """),
    SLICE_BOUNDS("slice_bounds", """
            /// The positions a Python slice `[lower:upper:step]` of `len` items visits.
            fn slice_bounds(len: usize, lower: Option<INT>, upper: Option<INT>, step: Option<INT>) -> Vec<usize> {
                let len = len as INT;
                let step = step.unwrap_or(1);
                let clamp = |i: INT, low: INT, high: INT| if i < 0 { (i + len).max(low) } else { i.min(high) };
                let mut positions = Vec::new();
                if step > 0 {
                    let (mut i, stop) = (lower.map_or(0, |i| clamp(i, 0, len)), upper.map_or(len, |i| clamp(i, 0, len)));
                    while i < stop {
                        positions.push(i as usize);
                        i += step;
                    }
                } else {
                    let (mut i, stop) = (lower.map_or(len - 1, |i| clamp(i, -1, len - 1)), upper.map_or(-1, |i| clamp(i, -1, len - 1)));
                    while i > stop {
                        positions.push(i as usize);
                        i += step;
                    }
                }
                positions
            }
            """),
    SLICE("slice", """
            /// Python's `xs[lower:upper:step]` of a list.
            fn slice<T: Clone>(xs: &[T], lower: Option<INT>, upper: Option<INT>, step: Option<INT>) -> Vec<T> {
                slice_bounds(xs.len(), lower, upper, step).into_iter().map(|i| xs[i].clone()).collect()
            }
            """, SLICE_BOUNDS),
    STR_SLICE("str_slice", """
            /// Python's `s[lower:upper:step]` of a string, by code points.
            fn str_slice(s: &str, lower: Option<INT>, upper: Option<INT>, step: Option<INT>) -> String {
                let chars: Vec<char> = s.chars().collect();
                slice_bounds(chars.len(), lower, upper, step).into_iter().map(|i| chars[i]).collect()
            }
            """, SLICE_BOUNDS),
    CHAR_AT("char_at", """
            /// Python's `s[i]`: the code point at a (possibly negative) index, as a string.
            fn char_at(s: &str, i: INT) -> String {
                let count = s.chars().count();
                s.chars().nth(index(i, count)).unwrap().to_string()
            }
            """, INDEX),
    INSERT("insert", """
            /// Python's `xs.insert(i, x)`: the index is clamped to the list.
            fn insert<T>(xs: &mut Vec<T>, i: INT, x: T) {
                let len = xs.len() as INT;
                let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
                xs.insert(at as usize, x);
            }
            """),
    RANGE("range", """
            /// Python's `range(start, stop, step)` for a step whose sign is only known at run time.
            fn range(start: INT, stop: INT, step: INT) -> impl DoubleEndedIterator<Item = INT> {
                let count = if step > 0 { (stop - start + step - 1) / step } else { (start - stop - step - 1) / -step };
                (0..count.max(0)).map(move |k| start + k * step)
            }
            """),
    RANGE_LEN("range_len", """
            /// `len(range(start, stop, step))`.
            fn range_len(start: INT, stop: INT, step: INT) -> INT {
                let count = if step > 0 { (stop - start + step - 1) / step } else { (start - stop - step - 1) / -step };
                count.max(0)
            }
            """),
    RANGE_CHUNKS("range_chunks", """
            /// Splits `range(start, stop, step)` into at most `parts` non-empty contiguous ranges `(low, high)`, in order:
            /// `range(low, high, step)` of each, one after the other, yields the whole range.
            fn range_chunks(start: INT, stop: INT, step: INT, parts: usize) -> Vec<(INT, INT)> {
                let count = range_len(start, stop, step);
                let parts = (parts as INT).min(count);
                (0..parts)
                    .map(|part| {
                        let first = part * (count / parts) + part.min(count % parts);
                        let last = (part + 1) * (count / parts) + (part + 1).min(count % parts);
                        (start + first * step, start + last * step)
                    })
                    .collect()
            }
            """, RANGE_LEN),
    CHUNK_LEN("chunk_len", """
            /// How many items each of `parts` workers takes from a list of `len` items (at least one).
            fn chunk_len(len: usize, parts: usize) -> usize {
                ((len + parts - 1) / parts).max(1)
            }
            """),
    FLOAT_STR("float_str", """
            /// Python's `repr` of a float: the shortest digits that round-trip, exponent below 1e-4 and from 1e16.
            fn float_str(x: f64) -> String {
                if x.is_nan() {
                    return "nan".to_string();
                }
                if x.is_infinite() {
                    return if x > 0.0 { "inf" } else { "-inf" }.to_string();
                }
                if x == 0.0 {
                    return if x.is_sign_negative() { "-0.0" } else { "0.0" }.to_string();
                }
                let scientific = format!("{:e}", x);
                let (mantissa, exponent) = scientific.split_once('e').unwrap();
                let exponent: i32 = exponent.parse().unwrap();
                let sign = if x < 0.0 { "-" } else { "" };
                let digits: String = mantissa.chars().filter(|c| c.is_ascii_digit()).collect();
                if !(-4..16).contains(&exponent) {
                    let fraction = if digits.len() > 1 { format!(".{}", &digits[1..]) } else { String::new() };
                    let exponent_sign = if exponent < 0 { '-' } else { '+' };
                    format!("{}{}{}e{}{:02}", sign, &digits[..1], fraction, exponent_sign, exponent.abs())
                } else if exponent < 0 {
                    format!("{}0.{}{}", sign, "0".repeat((-exponent - 1) as usize), digits)
                } else {
                    let point = exponent as usize + 1;
                    if digits.len() <= point {
                        format!("{}{}{}.0", sign, digits, "0".repeat(point - digits.len()))
                    } else {
                        format!("{}{}.{}", sign, &digits[..point], &digits[point..])
                    }
                }
            }
            """),
    BOOL_STR("bool_str", """
            fn bool_str(b: bool) -> &'static str {
                if b { "True" } else { "False" }
            }
            """),
    STR_REPR("str_repr", """
            /// Python's `repr` of a string: quotes and escapes as CPython chooses them.
            fn str_repr(s: &str) -> String {
                let quote = if s.contains('\\'') && !s.contains('"') { '"' } else { '\\'' };
                let mut out = String::from(quote);
                for c in s.chars() {
                    match c {
                        '\\\\' => out.push_str("\\\\\\\\"),
                        '\\n' => out.push_str("\\\\n"),
                        '\\r' => out.push_str("\\\\r"),
                        '\\t' => out.push_str("\\\\t"),
                        c if c == quote => {
                            out.push('\\\\');
                            out.push(c);
                        }
                        c if (c as u32) < 0x20 || c as u32 == 0x7f => out.push_str(&format!("\\\\x{:02x}", c as u32)),
                        c if c.is_control() || (c.is_whitespace() && c != ' ') => {
                            let code = c as u32;
                            if code < 0x100 {
                                out.push_str(&format!("\\\\x{:02x}", code));
                            } else if code < 0x10000 {
                                out.push_str(&format!("\\\\u{:04x}", code));
                            } else {
                                out.push_str(&format!("\\\\U{:08x}", code));
                            }
                        }
                        c => out.push(c),
                    }
                }
                out.push(quote);
                out
            }
            """),
    SORTED("sorted", """
            /// Python's `sorted`: a stable sort.
            fn sorted<T: PartialOrd>(mut items: Vec<T>) -> Vec<T> {
                items.sort_by(|a, b| a.partial_cmp(b).unwrap());
                items
            }
            """),
    SORTED_DESCENDING("sorted_descending", """
            /// Python's `sorted(..., reverse=True)`: equal items keep their order.
            fn sorted_descending<T: PartialOrd>(mut items: Vec<T>) -> Vec<T> {
                items.sort_by(|a, b| b.partial_cmp(a).unwrap());
                items
            }
            """),
    MIN_OF("min_of", """
            /// Python's `min` of two values: the first unless the second is smaller.
            fn min_of<T: PartialOrd>(a: T, b: T) -> T {
                if b < a { b } else { a }
            }
            """),
    MAX_OF("max_of", """
            /// Python's `max` of two values: the first unless the second is larger.
            fn max_of<T: PartialOrd>(a: T, b: T) -> T {
                if b > a { b } else { a }
            }
            """),
    MIN_ITEM("min_item", """
            /// Python's `min` of an iterable: the first smallest item.
            fn min_item<T: PartialOrd>(items: impl IntoIterator<Item = T>) -> T {
                items.into_iter().reduce(|best, x| if x < best { x } else { best }).unwrap()
            }
            """),
    MAX_ITEM("max_item", """
            /// Python's `max` of an iterable: the first largest item.
            fn max_item<T: PartialOrd>(items: impl IntoIterator<Item = T>) -> T {
                items.into_iter().reduce(|best, x| if x > best { x } else { best }).unwrap()
            }
            """),
    ROUND_TO("round_to", """
            /// Python's `round(x, digits)`: the decimal rounding CPython does, half to even on the exact value.
            fn round_to(x: f64, digits: INT) -> f64 {
                if !x.is_finite() {
                    return x;
                }
                format!("{:.*}", digits as usize, x).parse().unwrap()
            }
            """),
    ISQRT("isqrt", """
            /// `math.isqrt`: the exact integer square root.
            fn isqrt(n: INT) -> INT {
                let mut x = (n as f64).sqrt() as INT;
                while x * x > n {
                    x -= 1;
                }
                while (x + 1) * (x + 1) <= n {
                    x += 1;
                }
                x
            }
            """),
    GCD("gcd", """
            fn gcd(a: INT, b: INT) -> INT {
                let (mut a, mut b) = (a.abs(), b.abs());
                while b != 0 {
                    (a, b) = (b, a % b);
                }
                a
            }
            """),
    LCM("lcm", """
            fn lcm(a: INT, b: INT) -> INT {
                if a == 0 || b == 0 { 0 } else { (a / gcd(a, b) * b).abs() }
            }
            """, GCD),
    FACTORIAL("factorial", """
            fn factorial(n: INT) -> INT {
                (1..=n).product()
            }
            """),
    COMB("comb", """
            /// `math.comb`: ways to choose k of n.
            fn comb(n: INT, k: INT) -> INT {
                if k < 0 || k > n {
                    return 0;
                }
                let k = k.min(n - k);
                let mut result = 1;
                for i in 0..k {
                    result = result * (n - i) / (i + 1);
                }
                result
            }
            """),
    PERM("perm", """
            /// `math.perm`: ordered ways to choose k of n.
            fn perm(n: INT, k: INT) -> INT {
                if k < 0 || k > n { 0 } else { (n - k + 1..=n).product() }
            }
            """),
    ISCLOSE("isclose", """
            /// `math.isclose` with its default tolerances.
            fn isclose(a: f64, b: f64) -> bool {
                if a == b {
                    return true;
                }
                if a.is_infinite() || b.is_infinite() {
                    return false;
                }
                let difference = (b - a).abs();
                difference <= 1e-9 * b.abs() || difference <= 1e-9 * a.abs()
            }
            """),
    STR_FIND("find", """
            /// Python's `s.find(sub)`: a code point index, or -1.
            fn find(s: &str, sub: &str) -> INT {
                s.find(sub).map_or(-1, |byte| s[..byte].chars().count() as INT)
            }
            """),
    TITLE("title", """
            /// Python's `s.title()`: each run of letters starts upper case, the rest lower case.
            fn title(s: &str) -> String {
                let mut out = String::new();
                let mut previous_cased = false;
                for c in s.chars() {
                    if previous_cased {
                        out.extend(c.to_lowercase());
                    } else {
                        out.extend(c.to_uppercase());
                    }
                    previous_cased = c.is_alphabetic();
                }
                out
            }
            """),
    CAPITALIZE("capitalize", """
            /// Python's `s.capitalize()`: the first character upper case, the rest lower case.
            fn capitalize(s: &str) -> String {
                let mut chars = s.chars();
                match chars.next() {
                    Some(first) => first.to_uppercase().chain(chars.flat_map(char::to_lowercase)).collect(),
                    None => String::new(),
                }
            }
            """),
    IS_UPPER("is_upper", """
            /// Python's `s.isupper()`: some cased character, none lower case.
            fn is_upper(s: &str) -> bool {
                s.chars().any(char::is_uppercase) && !s.chars().any(char::is_lowercase)
            }
            """),
    IS_LOWER("is_lower", """
            /// Python's `s.islower()`: some cased character, none upper case.
            fn is_lower(s: &str) -> bool {
                s.chars().any(char::is_lowercase) && !s.chars().any(char::is_uppercase)
            }
            """),
    GROUP_THOUSANDS("group_thousands", """
            /// Digits with a separator every three, as the `,` and `_` format options put it.
            fn group_thousands(digits: &str, separator: char) -> String {
                let (sign, digits) = match digits.strip_prefix('-') {
                    Some(rest) => ("-", rest),
                    None => ("", digits),
                };
                let (whole, fraction) = match digits.find('.') {
                    Some(point) => digits.split_at(point),
                    None => (digits, ""),
                };
                let mut grouped = String::new();
                for (i, c) in whole.chars().enumerate() {
                    if i > 0 && (whole.len() - i) % 3 == 0 {
                        grouped.push(separator);
                    }
                    grouped.push(c);
                }
                format!("{}{}{}", sign, grouped, fraction)
            }
            """),
    EXPONENT("exponent_str", """
            /// Python's `e` presentation: `1.500000e+03`.
            fn exponent_str(x: f64, precision: usize) -> String {
                if !x.is_finite() {
                    return float_str(x);
                }
                let text = format!("{:.*e}", precision, x);
                let (mantissa, exponent) = text.split_once('e').unwrap();
                let exponent: i32 = exponent.parse().unwrap();
                format!("{}e{}{:02}", mantissa, if exponent < 0 { '-' } else { '+' }, exponent.abs())
            }
            """, FLOAT_STR),
    FIXED("fixed_str", """
            /// Python's `f` presentation, with its spelling of the non-finite values.
            fn fixed_str(x: f64, precision: usize) -> String {
                if x.is_finite() { format!("{:.*}", precision, x) } else { float_str(x) }
            }
            """, FLOAT_STR),
    RADIX("radix_str", """
            /// An int in base 2, 8 or 16 as Python's `b`, `o`, `x` presentations write it: a sign, no prefix.
            fn radix_str(n: INT, radix: u32) -> String {
                let magnitude = n.unsigned_abs();
                let digits = match radix {
                    2 => format!("{:b}", magnitude),
                    8 => format!("{:o}", magnitude),
                    _ => format!("{:x}", magnitude),
                };
                if n < 0 { format!("-{}", digits) } else { digits }
            }
            """);

    private final String function;
    private final String code;
    private final List<RustHelper> dependencies;

    RustHelper(String function, String code, RustHelper... dependencies) {
        this.function = function;
        this.code = code;
        this.dependencies = List.of(dependencies);
    }

    /** The function's name in the rendered program. */
    String function() {
        return function;
    }

    String code(String intType) {
        return code.replace("INT", intType);
    }

    List<RustHelper> dependencies() {
        return dependencies;
    }
}
