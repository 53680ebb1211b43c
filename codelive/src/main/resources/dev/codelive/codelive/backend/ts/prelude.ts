// The helpers a rendered TypeScript program may use, each after a "// @helper name" line. The backend copies a
// helper into a program only when the program (or another copied helper) calls it, in the order of this file.
// Python ints are bigints throughout; Python floats are numbers.

// @helper floorDiv
/** Python's `//` on ints: the quotient rounded towards negative infinity. */
function floorDiv(a: bigint, b: bigint): bigint {
    const quotient = a / b;
    return a % b !== 0n && (a < 0n) !== (b < 0n) ? quotient - 1n : quotient;
}

// @helper mod
/** Python's `%` on ints: the remainder takes the sign of the divisor. */
function mod(a: bigint, b: bigint): bigint {
    const remainder = a % b;
    return remainder !== 0n && (remainder < 0n) !== (b < 0n) ? remainder + b : remainder;
}

// @helper floorDivFloat
/** Python's `//` on floats, computed as CPython does (from fmod, then floored). */
function floorDivFloat(a: number, b: number): number {
    if (b === 0) {
        throw new RangeError("float floor division by zero");
    }
    const remainder = a % b;
    let quotient = (a - remainder) / b;
    if (remainder !== 0 && (b < 0) !== (remainder < 0)) {
        quotient -= 1;
    }
    if (quotient === 0) {
        return a / b < 0 || Object.is(a / b, -0) ? -0 : 0;
    }
    const floored = Math.floor(quotient);
    return quotient - floored > 0.5 ? floored + 1 : floored;
}

// @helper modFloat
/** Python's `%` on floats: the remainder takes the sign of the divisor. */
function modFloat(a: number, b: number): number {
    if (b === 0) {
        throw new RangeError("float modulo by zero");
    }
    const remainder = a % b;
    if (remainder === 0) {
        return b < 0 ? -0 : 0;
    }
    return (b < 0) !== (remainder < 0) ? remainder + b : remainder;
}

// @helper eqIntFloat
/** Python's int == float: exact, as JavaScript compares a bigint with a number. */
function eqIntFloat(a: bigint, b: number): boolean {
    return !Number.isNaN(b) && !(a < b) && !(a > b);
}

// @helper bitLength
/** How many bits the magnitude of n needs. */
function bitLength(n: bigint): number {
    return n === 0n ? 0 : (n < 0n ? -n : n).toString(2).length;
}

// @helper ratioToNumber
/** The float nearest to the fraction n / d (ties to even), like CPython's int / int. */
function ratioToNumber(n: bigint, d: bigint): number {
    const negative = (n < 0n) !== (d < 0n);
    if (n < 0n) {
        n = -n;
    }
    if (d < 0n) {
        d = -d;
    }
    if (n === 0n) {
        return negative ? -0 : 0;
    }
    // Scale so that the integer quotient has 55 or 56 bits; the remainder only matters as a sticky bit.
    const shift = bitLength(d) - bitLength(n) + 55;
    const numerator = shift >= 0 ? n << BigInt(shift) : n;
    const denominator = shift >= 0 ? d : d << BigInt(-shift);
    const quotient = numerator / denominator;
    const sticky = numerator % denominator !== 0n;
    const exponent = bitLength(quotient) - 1 - shift;
    // 53 significant bits for normal floats, fewer for subnormal ones.
    const keep = Math.min(53, exponent + 1075);
    if (keep < 0) {
        return negative ? -0 : 0;
    }
    const drop = bitLength(quotient) - keep;
    let kept = quotient >> BigInt(drop);
    const rest = quotient - (kept << BigInt(drop));
    const half = 1n << BigInt(drop - 1);
    if (rest > half || (rest === half && (sticky || (kept & 1n) === 1n))) {
        kept += 1n;
    }
    let result = Number(kept);
    let scale = drop - shift;
    while (scale > 1000) {
        result *= 2 ** 1000;
        scale -= 1000;
    }
    while (scale < -1000) {
        result *= 2 ** -1000;
        scale += 1000;
    }
    result *= 2 ** scale;
    return negative ? -result : result;
}

// @helper trueDiv
/** Python's `/` on ints: the correctly rounded float quotient, even when the ints exceed 2**53. */
function trueDiv(a: bigint, b: bigint): number {
    if (b === 0n) {
        throw new RangeError("division by zero");
    }
    const exact = 2n ** 53n;
    if (-exact <= a && a <= exact && -exact <= b && b <= exact) {
        return Number(a) / Number(b);
    }
    return ratioToNumber(a, b);
}

// @helper intFromStr
/** Python's int(text): surrounding whitespace and underscores between digits allowed. */
function intFromStr(text: string): bigint {
    return BigInt(text.trim().replace(/_/g, ""));
}

// @helper floatFromStr
/** Python's float(text), including "inf" and "nan" in any case. */
function floatFromStr(text: string): number {
    const cleaned = text.trim().replace(/_/g, "").toLowerCase();
    const unsigned = cleaned.replace(/^[+-]/, "");
    const sign = cleaned.startsWith("-") ? -1 : 1;
    if (unsigned === "inf" || unsigned === "infinity") {
        return sign * Infinity;
    }
    if (unsigned === "nan") {
        return NaN;
    }
    return Number(cleaned);
}

// @helper reprFloat
/** Python's repr of a float: the shortest digits that round-trip, laid out as CPython does. */
function reprFloat(x: number): string {
    if (Number.isNaN(x)) {
        return "nan";
    }
    if (!Number.isFinite(x)) {
        return x > 0 ? "inf" : "-inf";
    }
    if (x === 0) {
        return Object.is(x, -0) ? "-0.0" : "0.0";
    }
    // String() gives the shortest round-tripping digits (the closest when several are as short); only the layout
    // differs from Python's.
    const text = String(Math.abs(x));
    let digits: string;
    let exponent: number;
    const e = text.indexOf("e");
    if (e >= 0) {
        digits = text.slice(0, e).replace(".", "");
        exponent = Number(text.slice(e + 1));
    } else {
        const dot = text.indexOf(".");
        const whole = dot < 0 ? text : text.slice(0, dot);
        const fraction = dot < 0 ? "" : text.slice(dot + 1);
        if (whole !== "0") {
            digits = whole + fraction;
            exponent = whole.length - 1;
        } else {
            const zeros = fraction.length - fraction.replace(/^0+/, "").length;
            digits = fraction.slice(zeros);
            exponent = -zeros - 1;
        }
        digits = digits.replace(/0+$/, "");
    }
    const sign = x < 0 ? "-" : "";
    if (exponent < -4 || exponent >= 16) {
        const mantissa = digits.length > 1 ? digits[0] + "." + digits.slice(1) : digits;
        return sign + mantissa + "e" + (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
    }
    if (exponent < 0) {
        return sign + "0." + "0".repeat(-exponent - 1) + digits;
    }
    if (digits.length <= exponent + 1) {
        return sign + digits + "0".repeat(exponent + 1 - digits.length) + ".0";
    }
    return sign + digits.slice(0, exponent + 1) + "." + digits.slice(exponent + 1);
}

// @helper reprStr
/** Python's repr of a str: single quotes unless only double quotes avoid escaping, CPython's escapes. */
function reprStr(text: string): string {
    const quote = text.includes("'") && !text.includes('"') ? '"' : "'";
    let out = quote;
    for (const c of text) {
        const code = c.codePointAt(0)!;
        if (c === quote || c === "\\") {
            out += "\\" + c;
        } else if (c === "\n") {
            out += "\\n";
        } else if (c === "\r") {
            out += "\\r";
        } else if (c === "\t") {
            out += "\\t";
        } else if (code < 0x20 || code === 0x7f || (code > 0x7f && /[\p{C}\p{Z}]/u.test(c) && c !== " ")) {
            const hex = code.toString(16);
            out += code <= 0xff ? "\\x" + hex.padStart(2, "0") : code <= 0xffff ? "\\u" + hex.padStart(4, "0") : "\\U" + hex.padStart(8, "0");
        } else {
            out += c;
        }
    }
    return out + quote;
}

// @helper reprList
/** Python's repr of a list, each element shown by `show`. */
function reprList<T>(items: readonly T[], show: (item: T) => string): string {
    return "[" + items.map((item) => show(item)).join(", ") + "]";
}

// @helper reprTuple
/** Python's repr of a tuple, element i shown by shows[i]; a one-element tuple keeps its comma. */
function reprTuple(tuple: readonly unknown[], ...shows: ((item: never) => string)[]): string {
    const parts = tuple.map((item, i) => shows[i](item as never));
    return "(" + parts.join(", ") + (parts.length === 1 ? ",)" : ")");
}

// @helper compare
/** Python's ordering of ints, floats, strs, bools, lists and tuples: negative, zero or positive. */
function compare(a: unknown, b: unknown): number {
    if (Array.isArray(a) && Array.isArray(b)) {
        for (let i = 0; i < a.length && i < b.length; i++) {
            if (!equals(a[i], b[i])) {
                return compare(a[i], b[i]);
            }
        }
        return a.length - b.length;
    }
    const x = a as number | bigint | string;
    const y = b as number | bigint | string;
    return x < y ? -1 : x > y ? 1 : 0;
}

// @helper equals
/** Python's == on ints, floats, strs, bools, lists and tuples (element by element). */
function equals(a: unknown, b: unknown): boolean {
    if (Array.isArray(a) && Array.isArray(b)) {
        return a.length === b.length && a.every((item, i) => equals(item, b[i]));
    }
    return a === b;
}

// @helper contains
/** Python's `x in items` for lists and tuples, comparing with ==. */
function contains<T>(items: Iterable<T>, x: T): boolean {
    for (const item of items) {
        if (equals(item, x)) {
            return true;
        }
    }
    return false;
}

// @helper truthy
/** Python's truth value of a value of the subset: zero, empty and false are false. */
function truthy(value: unknown): boolean {
    if (Array.isArray(value) || typeof value === "string") {
        return value.length > 0;
    }
    if (typeof value === "number") {
        return value !== 0;
    }
    return value !== 0n && value !== false;
}

// @helper pyOr
/** Python's `a or b`: a when it is true, else b (evaluated only then). */
function pyOr<T>(a: T, b: () => T): T {
    return truthy(a) ? a : b();
}

// @helper pyAnd
/** Python's `a and b`: a when it is false, else b (evaluated only then). */
function pyAnd<T>(a: T, b: () => T): T {
    return truthy(a) ? b() : a;
}

// @helper resolveIndex
/** The position Python's index `i` means in a sequence of `length` items (negative counts from the end). */
function resolveIndex(length: number, i: bigint): number {
    const position = Number(i);
    return position < 0 ? position + length : position;
}

// @helper at
/** Python's `items[i]` for lists, tuples and strs: negative indexes count from the end. */
function at<T>(items: ArrayLike<T>, i: bigint): T {
    const position = resolveIndex(items.length, i);
    if (position < 0 || position >= items.length) {
        throw new RangeError("index out of range");
    }
    return items[position];
}

// @helper setAt
/** Python's `items[i] = value`: negative indexes count from the end. */
function setAt<T>(items: T[], i: bigint, value: T): void {
    const position = resolveIndex(items.length, i);
    if (position < 0 || position >= items.length) {
        throw new RangeError("assignment index out of range");
    }
    items[position] = value;
}

// @helper sliceIndices
/** The positions Python's slice [lower:upper:step] takes from a sequence of `length` items, in order. */
function sliceIndices(length: number, lower: bigint | null, upper: bigint | null, step: bigint | null): number[] {
    const stride = step === null ? 1 : Number(step);
    if (stride === 0) {
        throw new RangeError("slice step cannot be zero");
    }
    const clamp = (bound: bigint | null, fallback: number): number => {
        if (bound === null) {
            return fallback;
        }
        let position = Number(bound);
        if (position < 0) {
            position = Math.max(position + length, stride < 0 ? -1 : 0);
        } else {
            position = Math.min(position, stride < 0 ? length - 1 : length);
        }
        return position;
    };
    const start = clamp(lower, stride < 0 ? length - 1 : 0);
    const stop = clamp(upper, stride < 0 ? -1 : length);
    const positions: number[] = [];
    for (let i = start; stride > 0 ? i < stop : i > stop; i += stride) {
        positions.push(i);
    }
    return positions;
}

// @helper sliceList
/** Python's `items[lower:upper:step]` of a list. */
function sliceList<T>(items: readonly T[], lower: bigint | null, upper: bigint | null, step: bigint | null): T[] {
    return sliceIndices(items.length, lower, upper, step).map((i) => items[i]);
}

// @helper sliceStr
/** Python's `text[lower:upper:step]` of a str. */
function sliceStr(text: string, lower: bigint | null, upper: bigint | null, step: bigint | null): string {
    return sliceIndices(text.length, lower, upper, step).map((i) => text[i]).join("");
}

// @helper repeatList
/** Python's `items * n`: n shallow copies of the elements one after another (none for n <= 0). */
function repeatList<T>(items: readonly T[], n: bigint): T[] {
    const result: T[] = [];
    for (let i = 0n; i < n; i++) {
        result.push(...items);
    }
    return result;
}

// @helper repeatStr
/** Python's `text * n` (empty for n <= 0). */
function repeatStr(text: string, n: bigint): string {
    return n > 0n ? text.repeat(Number(n)) : "";
}

// @helper extend
/** Python's `items.extend(more)` and `items += more`, also when more is items itself. */
function extend<T>(items: T[], more: Iterable<T>): void {
    for (const item of Array.from(more)) {
        items.push(item);
    }
}

// @helper popAt
/** Python's `items.pop(i)`: negative indexes count from the end. */
function popAt<T>(items: T[], i: bigint): T {
    const position = resolveIndex(items.length, i);
    if (position < 0 || position >= items.length) {
        throw new RangeError("pop index out of range");
    }
    return items.splice(position, 1)[0];
}

// @helper indexOf
/** Python's `items.resolveIndex(x)`: the first position of an element == x. */
function indexOf<T>(items: readonly T[], x: T): bigint {
    const position = items.findIndex((item) => equals(item, x));
    if (position < 0) {
        throw new RangeError("value is not in list");
    }
    return BigInt(position);
}

// @helper countOf
/** Python's `items.count(x)`: how many elements are == x. */
function countOf<T>(items: readonly T[], x: T): bigint {
    return BigInt(items.filter((item) => equals(item, x)).length);
}

// @helper removeValue
/** Python's `items.remove(x)`: deletes the first element == x. */
function removeValue<T>(items: T[], x: T): void {
    items.splice(Number(indexOf(items, x)), 1);
}

// @helper range
/** Python's range(start, stop, step), lazily. */
function* range(start: bigint, stop: bigint, step: bigint): Generator<bigint> {
    if (step === 0n) {
        throw new RangeError("range() arg 3 must not be zero");
    }
    for (let i = start; step > 0n ? i < stop : i > stop; i += step) {
        yield i;
    }
}

// @helper rangeLength
/** len(range(start, stop, step)). */
function rangeLength(start: bigint, stop: bigint, step: bigint): bigint {
    if (step > 0n) {
        return start < stop ? (stop - start - 1n) / step + 1n : 0n;
    }
    return start > stop ? (start - stop - 1n) / -step + 1n : 0n;
}

// @helper rangeContains
/** `x in range(start, stop, step)`. */
function rangeContains(x: bigint, start: bigint, stop: bigint, step: bigint): boolean {
    const inside = step > 0n ? start <= x && x < stop : stop < x && x <= start;
    return inside && (x - start) % step === 0n;
}

// @helper enumerate
/** Python's enumerate(items, start): pairs of a counter and an element. */
function* enumerate<T>(items: Iterable<T>, start: bigint): Generator<[bigint, T]> {
    let counter = start;
    for (const item of items) {
        yield [counter, item];
        counter++;
    }
}

// @helper zip
/** Python's zip: tuples of the i-th elements, as long as the shortest input lasts. */
function* zip<T extends unknown[]>(...iterables: { [K in keyof T]: Iterable<T[K]> }): Generator<T> {
    const iterators = iterables.map((iterable) => iterable[Symbol.iterator]());
    while (true) {
        const tuple: unknown[] = [];
        for (const iterator of iterators) {
            const next = iterator.next();
            if (next.done) {
                return;
            }
            tuple.push(next.value);
        }
        yield tuple as T;
    }
}

// @helper reversed
/** Python's reversed() of a list, tuple or str: the elements from the last to the first. */
function* reversed<T>(items: ArrayLike<T>): Generator<T> {
    for (let i = items.length - 1; i >= 0; i--) {
        yield items[i];
    }
}

// @helper sum
/** Python's sum() of ints. */
function sum(items: Iterable<bigint>, start: bigint): bigint {
    let total = start;
    for (const item of items) {
        total += item;
    }
    return total;
}

// @helper sumFloat
/** Python's sum() of floats: added one by one from the left, as CPython 3.11 does. */
function sumFloat(items: Iterable<number>, start: number): number {
    let total = start;
    for (const item of items) {
        total += item;
    }
    return total;
}

// @helper min
/** Python's min(): the first of the smallest elements. */
function min<T>(items: Iterable<T>): T {
    let found = false;
    let best!: T;
    for (const item of items) {
        if (!found || compare(item, best) < 0) {
            best = item;
            found = true;
        }
    }
    if (!found) {
        throw new RangeError("min() arg is an empty sequence");
    }
    return best;
}

// @helper max
/** Python's max(): the first of the largest elements. */
function max<T>(items: Iterable<T>): T {
    let found = false;
    let best!: T;
    for (const item of items) {
        if (!found || compare(item, best) > 0) {
            best = item;
            found = true;
        }
    }
    if (!found) {
        throw new RangeError("max() arg is an empty sequence");
    }
    return best;
}

// @helper any
/** Python's any(): whether some element is true, stopping at the first. */
function any(items: Iterable<unknown>): boolean {
    for (const item of items) {
        if (truthy(item)) {
            return true;
        }
    }
    return false;
}

// @helper all
/** Python's all(): whether every element is true, stopping at the first false one. */
function all(items: Iterable<unknown>): boolean {
    for (const item of items) {
        if (!truthy(item)) {
            return false;
        }
    }
    return true;
}

// @helper sorted
/** Python's sorted(): a new list in ascending order (descending when reverse), stable either way. */
function sorted<T>(items: Iterable<T>, reverse: boolean): T[] {
    return Array.from(items).sort((a, b) => (reverse ? compare(b, a) : compare(a, b)));
}

// @helper absInt
/** Python's abs() of an int. */
function absInt(n: bigint): bigint {
    return n < 0n ? -n : n;
}

// @helper divmod
/** Python's divmod() of ints: the floored quotient and the remainder. */
function divmod(a: bigint, b: bigint): [bigint, bigint] {
    return [floorDiv(a, b), mod(a, b)];
}

// @helper divmodFloat
/** Python's divmod() of floats. */
function divmodFloat(a: number, b: number): [number, number] {
    return [floorDivFloat(a, b), modFloat(a, b)];
}

// @helper chr
/** Python's chr(); code points beyond the BMP would break the one-unit-per-character strings of this program. */
function chr(code: bigint): string {
    if (code < 0n || code > 0xffffn) {
        throw new RangeError("chr() beyond U+FFFF is not supported by this rendering");
    }
    return String.fromCharCode(Number(code));
}

// @helper decompose
/** A finite nonzero float's magnitude as mantissa * 2**exponent, exactly. */
function decompose(x: number): [bigint, number] {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x);
    const bits = view.getBigUint64(0);
    const biased = Number((bits >> 52n) & 0x7ffn);
    const fraction = bits & 0xfffffffffffffn;
    return biased === 0 ? [fraction, -1074] : [fraction | (1n << 52n), biased - 1075];
}

// @helper scaledRound
/** |x| * 10**power rounded to an integer, half to even, computed exactly. */
function scaledRound(x: number, power: number): bigint {
    if (x === 0) {
        return 0n;
    }
    const [mantissa, exponent] = decompose(x);
    let numerator = mantissa * (exponent > 0 ? 2n ** BigInt(exponent) : 1n) * (power > 0 ? 10n ** BigInt(power) : 1n);
    const denominator = (exponent < 0 ? 2n ** BigInt(-exponent) : 1n) * (power < 0 ? 10n ** BigInt(-power) : 1n);
    const quotient = numerator / denominator;
    const twice = 2n * (numerator - quotient * denominator);
    numerator = quotient;
    if (twice > denominator || (twice === denominator && (quotient & 1n) === 1n)) {
        numerator += 1n;
    }
    return numerator;
}

// @helper roundHalfEven
/** Python's round(x) of a float: the nearest int, ties to the even one. */
function roundHalfEven(x: number): bigint {
    if (!Number.isFinite(x)) {
        throw new RangeError("cannot convert " + x + " to an int");
    }
    const floor = Math.floor(x);
    const difference = x - floor;
    const rounded = difference > 0.5 || (difference === 0.5 && floor % 2 !== 0) ? floor + 1 : floor;
    return BigInt(rounded);
}

// @helper roundFloat
/** Python's round(x, digits) of a float: the decimal rounding of the exact value, ties to even. */
function roundFloat(x: number, digits: bigint): number {
    if (!Number.isFinite(x) || x === 0 || digits > 400n) {
        return x;
    }
    if (digits < -400n) {
        return x < 0 ? -0 : 0;
    }
    const places = Number(digits);
    const scaled = scaledRound(x, places);
    const magnitude = places >= 0 ? Number(scaled + "e-" + places) : Number(scaled * 10n ** BigInt(-places));
    return x < 0 ? -magnitude : magnitude;
}

// @helper roundInt
/** Python's round(n, digits) of an int: to a multiple of 10**-digits, ties to even. */
function roundInt(n: bigint, digits: bigint): bigint {
    if (digits >= 0n) {
        return n;
    }
    const unit = 10n ** -digits;
    const quotient = floorDiv(n, unit);
    const twice = 2n * mod(n, unit);
    const up = twice > unit || (twice === unit && (quotient & 1n) === 1n);
    return (up ? quotient + 1n : quotient) * unit;
}

// @helper gcd
/** math.gcd of two ints. */
function gcd(a: bigint, b: bigint): bigint {
    a = a < 0n ? -a : a;
    b = b < 0n ? -b : b;
    while (b !== 0n) {
        [a, b] = [b, a % b];
    }
    return a;
}

// @helper lcm
/** math.lcm of two ints. */
function lcm(a: bigint, b: bigint): bigint {
    if (a === 0n || b === 0n) {
        return 0n;
    }
    const product = (a * b) / gcd(a, b);
    return product < 0n ? -product : product;
}

// @helper isqrt
/** math.isqrt: the largest int whose square is at most n. */
function isqrt(n: bigint): bigint {
    if (n < 0n) {
        throw new RangeError("isqrt() argument must be nonnegative");
    }
    if (n < 2n) {
        return n;
    }
    let x = 1n << BigInt(Math.ceil(bitLength(n) / 2));
    while (true) {
        const y = (x + n / x) / 2n;
        if (y >= x) {
            return x;
        }
        x = y;
    }
}

// @helper factorial
/** math.factorial. */
function factorial(n: bigint): bigint {
    if (n < 0n) {
        throw new RangeError("factorial() not defined for negative values");
    }
    let product = 1n;
    for (let i = 2n; i <= n; i++) {
        product *= i;
    }
    return product;
}

// @helper perm
/** math.perm(n, k): ordered choices of k from n. */
function perm(n: bigint, k: bigint): bigint {
    if (n < 0n || k < 0n) {
        throw new RangeError("perm() arguments must be non-negative");
    }
    if (k > n) {
        return 0n;
    }
    let product = 1n;
    for (let i = n - k + 1n; i <= n; i++) {
        product *= i;
    }
    return product;
}

// @helper comb
/** math.comb(n, k): unordered choices of k from n. */
function comb(n: bigint, k: bigint): bigint {
    if (n < 0n || k < 0n) {
        throw new RangeError("comb() arguments must be non-negative");
    }
    if (k > n) {
        return 0n;
    }
    if (k > n - k) {
        k = n - k;
    }
    let result = 1n;
    for (let i = 1n; i <= k; i++) {
        result = (result * (n - k + i)) / i;
    }
    return result;
}

// @helper copysign
/** math.copysign: the magnitude of x with the sign of y (also for zeros). */
function copysign(x: number, y: number): number {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, y);
    return (view.getUint8(0) & 0x80) !== 0 ? -Math.abs(x) : Math.abs(x);
}

// @helper isclose
/** math.isclose with the default tolerances (relative 1e-09, absolute 0.0). */
function isclose(a: number, b: number): boolean {
    if (a === b) {
        return true;
    }
    if (!Number.isFinite(a) || !Number.isFinite(b)) {
        return false;
    }
    const difference = Math.abs(b - a);
    return difference <= Math.abs(1e-9 * b) || difference <= Math.abs(1e-9 * a);
}

// @helper pythonSpace
/** The characters Python's str.isspace() accepts, as a regular expression class. */
const pythonSpace = "[\\t\\n\\v\\f\\r\\x1c-\\x1f \\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000]";

// @helper strip
/** Python's str.strip(): removes Python's whitespace from both ends. */
function strip(text: string): string {
    return rstrip(lstrip(text));
}

// @helper lstrip
/** Python's str.lstrip(). */
function lstrip(text: string): string {
    return text.replace(new RegExp("^" + pythonSpace + "+"), "");
}

// @helper rstrip
/** Python's str.rstrip(). */
function rstrip(text: string): string {
    return text.replace(new RegExp(pythonSpace + "+$"), "");
}

// @helper splitWhitespace
/** Python's str.split() without a separator: the runs of non-whitespace. */
function splitWhitespace(text: string): string[] {
    return text.split(new RegExp(pythonSpace + "+")).filter((word) => word.length > 0);
}

// @helper replaceAll
/** Python's str.replace(old, new): every occurrence, also of the empty string. */
function replaceAll(text: string, old: string, replacement: string): string {
    if (old === "") {
        return replacement + Array.from(text).map((c) => c + replacement).join("");
    }
    return text.split(old).join(replacement);
}

// @helper countStr
/** Python's str.count(sub): non-overlapping occurrences. */
function countStr(text: string, sub: string): bigint {
    return sub === "" ? BigInt(text.length + 1) : BigInt(text.split(sub).length - 1);
}

// @helper indexStr
/** Python's str.resolveIndex(sub): like find, but the substring must be there. */
function indexStr(text: string, sub: string): bigint {
    const position = text.indexOf(sub);
    if (position < 0) {
        throw new RangeError("substring not found");
    }
    return BigInt(position);
}

// @helper isspace
/** Python's str.isspace(). */
function isspace(text: string): boolean {
    return new RegExp("^" + pythonSpace + "+$").test(text);
}

// @helper isdigit
/** Python's str.isdigit(). */
function isdigit(text: string): boolean {
    return /^[\p{Nd}\u00b2\u00b3\u00b9\u2070\u2074-\u2079\u2080-\u2089]+$/u.test(text);
}

// @helper isalpha
/** Python's str.isalpha(). */
function isalpha(text: string): boolean {
    return /^\p{L}+$/u.test(text);
}

// @helper isalnum
/** Python's str.isalnum(). */
function isalnum(text: string): boolean {
    return /^[\p{L}\p{N}]+$/u.test(text);
}

// @helper isupper
/** Python's str.isupper(): some cased character, and no lowercase one. */
function isupper(text: string): boolean {
    return /\p{Lu}/u.test(text) && !/[\p{Ll}\p{Lt}]/u.test(text);
}

// @helper islower
/** Python's str.islower(): some cased character, and no uppercase one. */
function islower(text: string): boolean {
    return /\p{Ll}/u.test(text) && !/[\p{Lu}\p{Lt}]/u.test(text);
}

// @helper titleCase
/** Python's str.title(): each run of letters starts uppercase and continues lowercase. */
function titleCase(text: string): string {
    let out = "";
    let previousCased = false;
    for (const c of text) {
        const cased = /[\p{Lu}\p{Ll}\p{Lt}]/u.test(c);
        out += cased ? (previousCased ? c.toLowerCase() : c.toUpperCase()) : c;
        previousCased = cased;
    }
    return out;
}

// @helper capitalize
/** Python's str.capitalize(): the first character uppercase, the rest lowercase. */
function capitalize(text: string): string {
    return text.slice(0, 1).toUpperCase() + text.slice(1).toLowerCase();
}

// @helper formatSpec FormatSpec parseSpec padFormatted groupDigits zeroPaddedWidth signOf
/** A parsed Python format spec: [[fill]align][sign][0][width][grouping][.precision][type]. */
interface FormatSpec {
    fill: string;
    align: string;
    sign: string;
    width: number;
    grouping: string;
    precision: number;
    type: string;
}

/** Parses a format spec the backend has already checked. */
function parseSpec(spec: string, defaultAlign: string): FormatSpec {
    const match = /^(?:(.)?([<>=^]))?([+\- ])?(0)?(\d+)?([,_])?(?:\.(\d+))?([a-zA-Z%])?$/su.exec(spec)!;
    // A 0 before the width pads with zeros unless a fill is given, after the sign unless an alignment is given.
    const zero = match[4] !== undefined;
    return {
        fill: match[1] ?? (zero ? "0" : " "),
        align: match[2] ?? (zero && defaultAlign === ">" ? "=" : defaultAlign),
        sign: match[3] ?? "-",
        width: match[5] === undefined ? 0 : Number(match[5]),
        grouping: match[6] ?? "",
        precision: match[7] === undefined ? -1 : Number(match[7]),
        type: match[8] ?? "",
    };
}

/** Pads `body` (after `sign`) to the spec's width with its fill and alignment. */
function padFormatted(sign: string, body: string, spec: FormatSpec): string {
    const padding = Math.max(0, spec.width - sign.length - body.length);
    const fill = (n: number): string => spec.fill.repeat(n);
    switch (spec.align) {
        case "<":
            return sign + body + fill(padding);
        case "^":
            return fill(Math.floor(padding / 2)) + sign + body + fill(padding - Math.floor(padding / 2));
        case "=":
            return sign + fill(padding) + body;
        default:
            return fill(padding) + sign + body;
    }
}

/**
 * Inserts the grouping character every `size` digits of the integer part of `digits`; with zero padding the integer
 * part grows with grouped zeros to at least `minWidth` characters in all, as CPython pads "010,".
 */
function groupDigits(digits: string, separator: string, size: number, minWidth: number): string {
    if (separator === "") {
        return digits;
    }
    const point = digits.search(size === 3 ? /[^0-9]/ : /[^0-9a-fA-F]/);
    const whole = point < 0 ? digits : digits.slice(0, point);
    const rest = point < 0 ? "" : digits.slice(point);
    let grouped = "";
    let count = 0;
    for (let i = whole.length - 1; i >= 0; i--, count++) {
        grouped = (count > 0 && count % size === 0 ? whole[i] + separator : whole[i]) + grouped;
    }
    for (; grouped.length + rest.length < minWidth; count++) {
        grouped = (count % size === 0 ? "0" + separator : "0") + grouped;
    }
    return grouped + rest;
}

/** How wide the digits must be when the spec pads them with zeros after the sign. */
function zeroPaddedWidth(sign: string, spec: FormatSpec): number {
    return spec.fill === "0" && spec.align === "=" ? spec.width - sign.length : 0;
}

/** The sign Python writes before a number: "-" when negative, else what the spec asks ("+", " " or nothing). */
function signOf(negative: boolean, spec: FormatSpec): string {
    return negative ? "-" : spec.sign === "-" ? "" : spec.sign;
}

// @helper formatStr
/** Python's format(text, spec) of a str. */
function formatStr(text: string, spec: string): string {
    const parsed = parseSpec(spec, "<");
    const shown = parsed.precision >= 0 ? text.slice(0, parsed.precision) : text;
    return padFormatted("", shown, parsed);
}

// @helper formatInt
/** Python's format(n, spec) of an int. */
function formatInt(n: bigint, spec: string): string {
    const parsed = parseSpec(spec, ">");
    if ("eEfFgG%".includes(parsed.type) && parsed.type !== "") {
        return formatFloat(Number(n), spec);
    }
    const magnitude = n < 0n ? -n : n;
    const radix = { b: 2, o: 8, x: 16, X: 16 }[parsed.type] ?? 10;
    let digits = magnitude.toString(radix);
    if (parsed.type === "X") {
        digits = digits.toUpperCase();
    }
    const sign = signOf(n < 0n, parsed);
    return padFormatted(sign, groupDigits(digits, parsed.grouping, radix === 10 ? 3 : 4, zeroPaddedWidth(sign, parsed)), parsed);
}

// @helper formatFloat fixedDigits significantDigits exponentDigits generalDigits
/** Python's format(x, spec) of a float. */
function formatFloat(x: number, spec: string): string {
    const parsed = parseSpec(spec, ">");
    if (parsed.type === "%") {
        x *= 100;
    }
    const negative = x < 0 || Object.is(x, -0);
    const suffix = parsed.type === "%" ? "%" : "";
    let body: string;
    if (Number.isNaN(x) || !Number.isFinite(x)) {
        body = Number.isNaN(x) ? "nan" : "inf";
        if ("EFG".includes(parsed.type) && parsed.type !== "") {
            body = body.toUpperCase();
        }
        return padFormatted(signOf(negative && !Number.isNaN(x), parsed), body + suffix, parsed);
    }
    const magnitude = Math.abs(x);
    switch (parsed.type) {
        case "f":
        case "F":
            body = fixedDigits(magnitude, parsed.precision < 0 ? 6 : parsed.precision);
            break;
        case "%":
            body = fixedDigits(magnitude, parsed.precision < 0 ? 6 : parsed.precision);
            break;
        case "e":
        case "E":
            body = exponentDigits(magnitude, parsed.precision < 0 ? 6 : parsed.precision, parsed.type);
            break;
        case "g":
        case "G":
            body = generalDigits(magnitude, parsed.precision < 0 ? 6 : parsed.precision, parsed.type === "G" ? "E" : "e", false);
            break;
        default:
            body = parsed.precision < 0 ? reprFloat(magnitude) : generalDigits(magnitude, parsed.precision, "e", true);
    }
    const sign = signOf(negative, parsed);
    return padFormatted(sign, groupDigits(body, parsed.grouping, 3, zeroPaddedWidth(sign, parsed) - suffix.length) + suffix, parsed);
}

/** A nonnegative float with `precision` digits after the point, rounded exactly (ties to even). */
function fixedDigits(x: number, precision: number): string {
    const digits = scaledRound(x, precision).toString().padStart(precision + 1, "0");
    const point = digits.length - precision;
    return precision === 0 ? digits : digits.slice(0, point) + "." + digits.slice(point);
}

/** The exponent and the precision + 1 significant digits of a nonnegative float, rounded exactly. */
function significantDigits(x: number, precision: number): [string, number] {
    if (x === 0) {
        return ["0".repeat(precision + 1), 0];
    }
    let exponent = Math.floor(Math.log10(x));
    while (true) {
        const digits = scaledRound(x, precision - exponent).toString();
        if (digits.length > precision + 1) {
            exponent++;
        } else if (digits.length < precision + 1) {
            exponent--;
        } else {
            return [digits, exponent];
        }
    }
}

/** A nonnegative float as d.ddde+XX with `precision` digits after the point. */
function exponentDigits(x: number, precision: number, letter: string): string {
    const [digits, exponent] = significantDigits(x, precision);
    const mantissa = precision === 0 ? digits : digits[0] + "." + digits.slice(1);
    return mantissa + letter + (exponent < 0 ? "-" : "+") + String(Math.abs(exponent)).padStart(2, "0");
}

/** Python's "g" presentation of a nonnegative float (and the typeless one with a precision, which keeps a ".0"). */
function generalDigits(x: number, precision: number, letter: string, keepPointZero: boolean): string {
    const significant = precision === 0 ? 1 : precision;
    const exponent = significantDigits(x, significant - 1)[1];
    // The typeless presentation switches to an exponent one digit earlier, as CPython's repr-like mode does.
    let body: string;
    if (exponent >= -4 && exponent < (keepPointZero ? significant - 1 : significant)) {
        body = fixedDigits(x, significant - 1 - exponent);
    } else {
        body = exponentDigits(x, significant - 1, letter);
    }
    const [mantissa, suffix] = body.includes(letter) ? [body.slice(0, body.indexOf(letter)), body.slice(body.indexOf(letter))] : [body, ""];
    let trimmed = mantissa.includes(".") ? mantissa.replace(/0+$/, "").replace(/\.$/, "") : mantissa;
    if (keepPointZero && suffix === "" && !trimmed.includes(".")) {
        trimmed += ".0";
    }
    return trimmed + suffix;
}
