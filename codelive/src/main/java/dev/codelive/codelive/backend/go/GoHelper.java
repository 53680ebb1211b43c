package dev.codelive.codelive.backend.go;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The small functions a rendered Go program may need to keep Python's meaning; each is emitted only when used, with
 * the packages it imports. {@code INT} stands for int64.
 */
enum GoHelper {
    FLOOR_DIV("floorDiv", List.of(), """
            // floorDiv is Python's // on ints: it rounds towards negative infinity.
            func floorDiv(a, b int64) int64 {
            	q := a / b
            	if a%b != 0 && (a < 0) != (b < 0) {
            		q--
            	}
            	return q
            }
            """),
    FLOOR_MOD("floorMod", List.of(), """
            // floorMod is Python's % on ints: the result has the sign of the divisor.
            func floorMod(a, b int64) int64 {
            	r := a % b
            	if r != 0 && (r < 0) != (b < 0) {
            		r += b
            	}
            	return r
            }
            """),
    BIG_FLOOR_DIV("bigFloorDiv", List.of("math/big"), """
            // bigFloorDiv is Python's // on ints: it rounds towards negative infinity (DivMod is Euclidean).
            func bigFloorDiv(a, b *big.Int) *big.Int {
            	q, m := new(big.Int).DivMod(a, b, new(big.Int))
            	if m.Sign() != 0 && b.Sign() < 0 {
            		q.Sub(q, big.NewInt(1))
            	}
            	return q
            }
            """),
    BIG_FLOOR_MOD("bigFloorMod", List.of("math/big"), """
            // bigFloorMod is Python's % on ints: the result has the sign of the divisor.
            func bigFloorMod(a, b *big.Int) *big.Int {
            	m := new(big.Int).Mod(a, b)
            	if m.Sign() != 0 && b.Sign() < 0 {
            		m.Add(m, b)
            	}
            	return m
            }
            """),
    FLOAT_MOD("floatMod", List.of("math"), """
            // floatMod is Python's % on floats: the result has the sign of the divisor.
            func floatMod(a, b float64) float64 {
            	m := math.Mod(a, b)
            	if m == 0 {
            		return math.Copysign(0, b)
            	}
            	if (b < 0) != (m < 0) {
            		m += b
            	}
            	return m
            }
            """),
    FLOAT_FLOOR_DIV("floatFloorDiv", List.of("math"), """
            // floatFloorDiv is Python's // on floats, computed as CPython does.
            func floatFloorDiv(a, b float64) float64 {
            	m := math.Mod(a, b)
            	div := (a - m) / b
            	if m != 0 && (b < 0) != (m < 0) {
            		div--
            	}
            	if div == 0 {
            		return math.Copysign(0, a/b)
            	}
            	floor := math.Floor(div)
            	if div-floor > 0.5 {
            		floor++
            	}
            	return floor
            }
            """),
    TRUE_DIV("trueDiv", List.of("math/big"), """
            // trueDiv is Python's / on ints: the correctly rounded quotient, even beyond 2**53.
            func trueDiv(a, b int64) float64 {
            	const exact = 1 << 53
            	if -exact <= a && a <= exact && -exact <= b && b <= exact {
            		return float64(a) / float64(b)
            	}
            	quotient, _ := new(big.Rat).SetFrac(big.NewInt(a), big.NewInt(b)).Float64()
            	return quotient
            }
            """),
    BIG_TRUE_DIV("bigTrueDiv", List.of("math/big"), """
            // bigTrueDiv is Python's / on ints: the correctly rounded quotient.
            func bigTrueDiv(a, b *big.Int) float64 {
            	quotient, _ := new(big.Rat).SetFrac(a, b).Float64()
            	return quotient
            }
            """),
    BIG_TO_FLOAT("bigToFloat", List.of("math/big"), """
            // bigToFloat converts an int to the nearest float, as Python's float() does.
            func bigToFloat(n *big.Int) float64 {
            	f, _ := new(big.Float).SetInt(n).Float64()
            	return f
            }
            """),
    BIG_FROM_FLOAT("bigFromFloat", List.of("math/big"), """
            // bigFromFloat truncates a float towards zero, as Python's int() does.
            func bigFromFloat(f float64) *big.Int {
            	n, _ := big.NewFloat(f).Int(nil)
            	return n
            }
            """),
    BIG_LITERAL("bigLiteral", List.of("math/big"), """
            // bigLiteral is an int literal too large for int64.
            func bigLiteral(digits string) *big.Int {
            	n, _ := new(big.Int).SetString(digits, 10)
            	return n
            }
            """),
    BIG_FROM_BOOL("bigFromBool", List.of("math/big"), """
            func bigFromBool(b bool) *big.Int {
            	if b {
            		return big.NewInt(1)
            	}
            	return big.NewInt(0)
            }
            """),
    INT_FROM_BOOL("intFromBool", List.of(), """
            func intFromBool(b bool) int64 {
            	if b {
            		return 1
            	}
            	return 0
            }
            """),
    COMPARE("compare", List.of("reflect", "strings", "math/big"), """
            // compare orders two values as Python does: numbers by value, strings by code point, lists and tuples item
            // by item. It answers -1, 0 or 1.
            func compare(a, b any) int {
            	switch x := a.(type) {
            	case int64:
            		y := b.(int64)
            		if x < y {
            			return -1
            		} else if x > y {
            			return 1
            		}
            		return 0
            	case float64:
            		y := b.(float64)
            		if x < y {
            			return -1
            		} else if x > y {
            			return 1
            		}
            		return 0
            	case string:
            		return strings.Compare(x, b.(string))
            	case bool:
            		return compare(intFromBool(x), intFromBool(b.(bool)))
            	case *big.Int:
            		return x.Cmp(b.(*big.Int))
            	}
            	u, v := reflect.ValueOf(a), reflect.ValueOf(b)
            	if u.Kind() == reflect.Struct {
            		for i := 0; i < u.NumField(); i++ {
            			if c := compare(u.Field(i).Interface(), v.Field(i).Interface()); c != 0 {
            				return c
            			}
            		}
            		return 0
            	}
            	for i := 0; i < u.Len() && i < v.Len(); i++ {
            		if c := compare(u.Index(i).Interface(), v.Index(i).Interface()); c != 0 {
            			return c
            		}
            	}
            	return compare(int64(u.Len()), int64(v.Len()))
            }
            """, INT_FROM_BOOL),
    ABS_INT("absInt", List.of(), """
            func absInt(n int64) int64 {
            	if n < 0 {
            		return -n
            	}
            	return n
            }
            """),
    PARSE_INT("parseInt", List.of("strconv", "strings"), """
            // parseInt is Python's int() of a string.
            func parseInt(s string) int64 {
            	n, err := strconv.ParseInt(strings.TrimSpace(s), 10, 64)
            	if err != nil {
            		panic(err)
            	}
            	return n
            }
            """),
    PARSE_FLOAT("parseFloat", List.of("strconv", "strings"), """
            // parseFloat is Python's float() of a string.
            func parseFloat(s string) float64 {
            	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
            	if err != nil {
            		panic(err)
            	}
            	return f
            }
            """),
    RANGE_LEN("rangeLen", List.of(), """
            // rangeLen is len(range(start, stop, step)).
            func rangeLen(start, stop, step int64) int64 {
            	var n int64
            	if step > 0 {
            		n = (stop - start + step - 1) / step
            	} else {
            		n = (start - stop - step - 1) / -step
            	}
            	if n < 0 {
            		return 0
            	}
            	return n
            }
            """),
    MIN_VALUE("minValue", List.of(), """
            // minValue is Python's min(a, b, ...): the first smallest.
            func minValue[T int64 | float64 | string](first T, rest ...T) T {
            	for _, x := range rest {
            		if x < first {
            			first = x
            		}
            	}
            	return first
            }
            """),
    MAX_VALUE("maxValue", List.of(), """
            // maxValue is Python's max(a, b, ...): the first largest.
            func maxValue[T int64 | float64 | string](first T, rest ...T) T {
            	for _, x := range rest {
            		if x > first {
            			first = x
            		}
            	}
            	return first
            }
            """),
    IPOW("ipow", List.of(), """
            // ipow is Python's ** on ints (a negative exponent would make a float: not expected here).
            func ipow(base, exponent int64) int64 {
            	if exponent < 0 {
            		panic("negative exponent in an int power")
            	}
            	result := int64(1)
            	for ; exponent > 0; exponent >>= 1 {
            		if exponent&1 == 1 {
            			result *= base
            		}
            		base *= base
            	}
            	return result
            }
            """),
    BIG_POW("bigPow", List.of("math/big"), """
            // bigPow is Python's ** on ints (a negative exponent would make a float: not expected here).
            func bigPow(base, exponent *big.Int) *big.Int {
            	if exponent.Sign() < 0 {
            		panic("negative exponent in an int power")
            	}
            	return new(big.Int).Exp(base, exponent, nil)
            }
            """),
    INDEX("index", List.of(), """
            // index turns a Python index into a sequence of n items into a Go one: negative ones count from the end.
            func index(i int64, n int) int {
            	if i < 0 {
            		return int(i) + n
            	}
            	return int(i)
            }
            """),
    ABSENT("absent", List.of("math"), """
            // absent stands for a part of a slice left out, as in xs[1:].
            const absent int64 = math.MinInt64
            """),
    SLICE_BOUNDS("sliceBounds", List.of(), """
            // sliceBounds lists the positions a Python slice [lower:upper:step] of n items visits.
            func sliceBounds(n int, lower, upper, step int64) []int {
            	length := int64(n)
            	if step == absent {
            		step = 1
            	}
            	clamp := func(i, low, high int64) int64 {
            		if i < 0 {
            			i += length
            			if i < low {
            				i = low
            			}
            		} else if i > high {
            			i = high
            		}
            		return i
            	}
            	positions := []int{}
            	if step > 0 {
            		start, stop := int64(0), length
            		if lower != absent {
            			start = clamp(lower, 0, length)
            		}
            		if upper != absent {
            			stop = clamp(upper, 0, length)
            		}
            		for i := start; i < stop; i += step {
            			positions = append(positions, int(i))
            		}
            	} else {
            		start, stop := length-1, int64(-1)
            		if lower != absent {
            			start = clamp(lower, -1, length-1)
            		}
            		if upper != absent {
            			stop = clamp(upper, -1, length-1)
            		}
            		for i := start; i > stop; i += step {
            			positions = append(positions, int(i))
            		}
            	}
            	return positions
            }
            """, ABSENT),
    SLICE_LIST("sliceList", List.of(), """
            // sliceList is Python's xs[lower:upper:step]: a new list.
            func sliceList[T any](xs []T, lower, upper, step int64) []T {
            	result := []T{}
            	for _, i := range sliceBounds(len(xs), lower, upper, step) {
            		result = append(result, xs[i])
            	}
            	return result
            }
            """, SLICE_BOUNDS),
    SLICE_STR("sliceStr", List.of(), """
            // sliceStr is Python's s[lower:upper:step], by code points.
            func sliceStr(s string, lower, upper, step int64) string {
            	runes := []rune(s)
            	result := []rune{}
            	for _, i := range sliceBounds(len(runes), lower, upper, step) {
            		result = append(result, runes[i])
            	}
            	return string(result)
            }
            """, SLICE_BOUNDS),
    CHAR_AT("charAt", List.of(), """
            // charAt is Python's s[i]: the code point at a (possibly negative) index, as a string.
            func charAt(s string, i int64) string {
            	runes := []rune(s)
            	return string(runes[index(i, len(runes))])
            }
            """, INDEX),
    INSERT("insert", List.of(), """
            // insert is Python's xs.insert(i, x): the index is clamped to the list.
            func insert[T any](xs *[]T, i int64, x T) {
            	n := int64(len(*xs))
            	if i < 0 {
            		i += n
            		if i < 0 {
            			i = 0
            		}
            	} else if i > n {
            		i = n
            	}
            	*xs = append(*xs, x)
            	copy((*xs)[i+1:], (*xs)[i:])
            	(*xs)[i] = x
            }
            """),
    POP("pop", List.of(), """
            // pop is Python's xs.pop(i): it removes and returns the item at a (possibly negative) index.
            func pop[T any](xs *[]T, i int64) T {
            	at := index(i, len(*xs))
            	item := (*xs)[at]
            	*xs = append((*xs)[:at], (*xs)[at+1:]...)
            	return item
            }
            """, INDEX),
    POSITION("position", List.of(), """
            // position is Python's xs.index(x): where x first is.
            func position[T any](xs []T, x T) int {
            	for i, item := range xs {
            		if compare(item, x) == 0 {
            			return i
            		}
            	}
            	panic("x not in list")
            }
            """, COMPARE),
    COUNT("count", List.of(), """
            // count is Python's xs.count(x).
            func count[T any](xs []T, x T) int64 {
            	n := int64(0)
            	for _, item := range xs {
            		if compare(item, x) == 0 {
            			n++
            		}
            	}
            	return n
            }
            """, COMPARE),
    CONTAINS("contains", List.of(), """
            // contains is Python's x in xs.
            func contains[T any](xs []T, x T) bool {
            	for _, item := range xs {
            		if compare(item, x) == 0 {
            			return true
            		}
            	}
            	return false
            }
            """, COMPARE),
    SORTED("sorted", List.of("sort"), """
            // sorted is Python's sorted(): a stable sort of a copy.
            func sorted[T any](xs []T, reverse bool) []T {
            	result := append([]T{}, xs...)
            	sort.SliceStable(result, func(i, j int) bool {
            		if reverse {
            			return compare(result[j], result[i]) < 0
            		}
            		return compare(result[i], result[j]) < 0
            	})
            	return result
            }
            """, COMPARE),
    SORT_LIST("sortList", List.of("sort"), """
            // sortList is Python's xs.sort(): a stable sort in place.
            func sortList[T any](xs []T) {
            	sort.SliceStable(xs, func(i, j int) bool {
            		return compare(xs[i], xs[j]) < 0
            	})
            }
            """, COMPARE),
    REVERSE_LIST("reverseList", List.of(), """
            // reverseList is Python's xs.reverse().
            func reverseList[T any](xs []T) {
            	for i, j := 0, len(xs)-1; i < j; i, j = i+1, j-1 {
            		xs[i], xs[j] = xs[j], xs[i]
            	}
            }
            """),
    MIN_ITEM("minItem", List.of(), """
            // minItem is Python's min() of a list: the first smallest item.
            func minItem[T any](xs []T) T {
            	best := xs[0]
            	for _, x := range xs[1:] {
            		if compare(x, best) < 0 {
            			best = x
            		}
            	}
            	return best
            }
            """, COMPARE),
    MAX_ITEM("maxItem", List.of(), """
            // maxItem is Python's max() of a list: the first largest item.
            func maxItem[T any](xs []T) T {
            	best := xs[0]
            	for _, x := range xs[1:] {
            		if compare(x, best) > 0 {
            			best = x
            		}
            	}
            	return best
            }
            """, COMPARE),
    SUM_INTS("sumInts", List.of(), """
            func sumInts(xs []int64) int64 {
            	total := int64(0)
            	for _, x := range xs {
            		total += x
            	}
            	return total
            }
            """),
    SUM_FLOATS("sumFloats", List.of(), """
            // sumFloats adds from left to right, as CPython 3.11's sum() does.
            func sumFloats(xs []float64) float64 {
            	total := 0.0
            	for _, x := range xs {
            		total += x
            	}
            	return total
            }
            """),
    SUM_BIG("sumBig", List.of("math/big"), """
            func sumBig(xs []*big.Int) *big.Int {
            	total := new(big.Int)
            	for _, x := range xs {
            		total = new(big.Int).Add(total, x)
            	}
            	return total
            }
            """),
    RANGE_LIST("rangeList", List.of(), """
            // rangeList is list(range(start, stop, step)).
            func rangeList(start, stop, step int64) []int64 {
            	values := []int64{}
            	for i := start; (step > 0 && i < stop) || (step < 0 && i > stop); i += step {
            		values = append(values, i)
            	}
            	return values
            }
            """),
    REPEAT("repeat", List.of(), """
            // repeat is Python's xs * n.
            func repeat[T any](xs []T, n int64) []T {
            	result := []T{}
            	for i := int64(0); i < n; i++ {
            		result = append(result, xs...)
            	}
            	return result
            }
            """),
    CONCAT("concat", List.of(), """
            // concat is Python's xs + ys: a new list.
            func concat[T any](lists ...[]T) []T {
            	result := []T{}
            	for _, xs := range lists {
            		result = append(result, xs...)
            	}
            	return result
            }
            """),
    FORMAT_FLOAT("formatFloat", List.of("fmt", "strconv", "strings"), """
            // formatFloat is Python's repr of a float: the shortest digits that round-trip, exponent below 1e-4 and
            // from 1e16.
            func formatFloat(x float64) string {
            	switch {
            	case x != x:
            		return "nan"
            	case x > 1.7976931348623157e308:
            		return "inf"
            	case x < -1.7976931348623157e308:
            		return "-inf"
            	}
            	scientific := strconv.FormatFloat(x, 'e', -1, 64)
            	mantissa, exponentText, _ := strings.Cut(scientific, "e")
            	exponent, _ := strconv.Atoi(exponentText)
            	sign := ""
            	if strings.HasPrefix(mantissa, "-") {
            		sign, mantissa = "-", mantissa[1:]
            	}
            	digits := strings.Replace(mantissa, ".", "", 1)
            	if exponent < -4 || exponent >= 16 {
            		fraction := ""
            		if len(digits) > 1 {
            			fraction = "." + digits[1:]
            		}
            		exponentSign := "+"
            		if exponent < 0 {
            			exponentSign, exponent = "-", -exponent
            		}
            		return sign + digits[:1] + fraction + "e" + exponentSign + fmt.Sprintf("%02d", exponent)
            	}
            	if exponent < 0 {
            		return sign + "0." + strings.Repeat("0", -exponent-1) + digits
            	}
            	point := exponent + 1
            	if len(digits) <= point {
            		return sign + digits + strings.Repeat("0", point-len(digits)) + ".0"
            	}
            	return sign + digits[:point] + "." + digits[point:]
            }
            """),
    FIXED("fixed", List.of("math", "strconv"), """
            // fixed is Python's f presentation, with its spelling of inf and nan.
            func fixed(x float64, precision int) string {
            	if math.IsInf(x, 0) || math.IsNaN(x) {
            		return formatFloat(x)
            	}
            	return strconv.FormatFloat(x, 'f', precision, 64)
            }
            """, FORMAT_FLOAT),
    BOOL_STR("boolStr", List.of(), """
            func boolStr(b bool) string {
            	if b {
            		return "True"
            	}
            	return "False"
            }
            """),
    STR_REPR("strRepr", List.of("fmt", "strings", "unicode"), """
            // strRepr is Python's repr of a string: quotes and escapes as CPython chooses them.
            func strRepr(s string) string {
            	quote := "'"
            	if strings.Contains(s, "'") && !strings.Contains(s, "\\"") {
            		quote = "\\""
            	}
            	var out strings.Builder
            	out.WriteString(quote)
            	for _, r := range s {
            		switch {
            		case r == '\\\\':
            			out.WriteString("\\\\\\\\")
            		case r == '\\n':
            			out.WriteString("\\\\n")
            		case r == '\\r':
            			out.WriteString("\\\\r")
            		case r == '\\t':
            			out.WriteString("\\\\t")
            		case string(r) == quote:
            			out.WriteString("\\\\" + quote)
            		case r < 0x20 || r == 0x7f || (r < 0x100 && !unicode.IsPrint(r) && r != ' '):
            			out.WriteString(fmt.Sprintf("\\\\x%02x", r))
            		case !unicode.IsPrint(r) && r != ' ':
            			if r < 0x10000 {
            				out.WriteString(fmt.Sprintf("\\\\u%04x", r))
            			} else {
            				out.WriteString(fmt.Sprintf("\\\\U%08x", r))
            			}
            		default:
            			out.WriteRune(r)
            		}
            	}
            	out.WriteString(quote)
            	return out.String()
            }
            """),
    REPR("repr", List.of("fmt", "reflect", "strings", "math/big"), """
            // repr is Python's repr of the values this program prints inside lists and tuples.
            func repr(value any) string {
            	switch x := value.(type) {
            	case int64:
            		return fmt.Sprint(x)
            	case *big.Int:
            		return x.String()
            	case float64:
            		return formatFloat(x)
            	case bool:
            		return boolStr(x)
            	case string:
            		return strRepr(x)
            	}
            	v := reflect.ValueOf(value)
            	var items []string
            	if v.Kind() == reflect.Struct {
            		for i := 0; i < v.NumField(); i++ {
            			items = append(items, repr(v.Field(i).Interface()))
            		}
            		if len(items) == 1 {
            			return "(" + items[0] + ",)"
            		}
            		return "(" + strings.Join(items, ", ") + ")"
            	}
            	for i := 0; i < v.Len(); i++ {
            		items = append(items, repr(v.Index(i).Interface()))
            	}
            	return "[" + strings.Join(items, ", ") + "]"
            }
            """, FORMAT_FLOAT, BOOL_STR, STR_REPR),
    GROUP_THOUSANDS("groupThousands", List.of("strings"), """
            // groupThousands puts a separator every three digits, as the , and _ format options do.
            func groupThousands(number string, separator string) string {
            	sign := ""
            	if strings.HasPrefix(number, "-") {
            		sign, number = "-", number[1:]
            	}
            	whole, fraction, hasFraction := strings.Cut(number, ".")
            	var out strings.Builder
            	for i, digit := range whole {
            		if i > 0 && (len(whole)-i)%3 == 0 {
            			out.WriteString(separator)
            		}
            		out.WriteRune(digit)
            	}
            	if hasFraction {
            		return sign + out.String() + "." + fraction
            	}
            	return sign + out.String()
            }
            """),
    PAD("pad", List.of("strings", "unicode/utf8"), """
            // pad fills a string to a width with a character, aligned left (<), right (>) or centred (^) as Python's
            // format specs do.
            func pad(s string, fill string, align byte, width int) string {
            	missing := width - utf8.RuneCountInString(s)
            	if missing <= 0 {
            		return s
            	}
            	switch align {
            	case '<':
            		return s + strings.Repeat(fill, missing)
            	case '>':
            		return strings.Repeat(fill, missing) + s
            	}
            	left := missing / 2
            	return strings.Repeat(fill, left) + s + strings.Repeat(fill, missing-left)
            }
            """),
    EXPONENT("exponent", List.of("math", "strconv"), """
            // exponent is Python's e presentation: 1.500000e+03.
            func exponent(x float64, precision int) string {
            	if math.IsInf(x, 0) || math.IsNaN(x) {
            		return formatFloat(x)
            	}
            	return strconv.FormatFloat(x, 'e', precision, 64)
            }
            """, FORMAT_FLOAT),
    ROUND_TO("roundTo", List.of("strconv", "math"), """
            // roundTo is Python's round(x, digits): the decimal rounding CPython does, half to even on the exact value.
            func roundTo(x float64, digits int64) float64 {
            	if math.IsInf(x, 0) || math.IsNaN(x) {
            		return x
            	}
            	rounded, _ := strconv.ParseFloat(strconv.FormatFloat(x, 'f', int(digits), 64), 64)
            	return rounded
            }
            """),
    ISQRT("isqrt", List.of("math"), """
            // isqrt is math.isqrt: the exact integer square root.
            func isqrt(n int64) int64 {
            	x := int64(math.Sqrt(float64(n)))
            	for x*x > n {
            		x--
            	}
            	for (x+1)*(x+1) <= n {
            		x++
            	}
            	return x
            }
            """),
    GCD("gcd", List.of(), """
            func gcd(a, b int64) int64 {
            	if a < 0 {
            		a = -a
            	}
            	if b < 0 {
            		b = -b
            	}
            	for b != 0 {
            		a, b = b, a%b
            	}
            	return a
            }
            """),
    FACTORIAL("factorial", List.of(), """
            func factorial(n int64) int64 {
            	result := int64(1)
            	for i := int64(2); i <= n; i++ {
            		result *= i
            	}
            	return result
            }
            """),
    COMB("comb", List.of(), """
            // comb is math.comb: ways to choose k of n.
            func comb(n, k int64) int64 {
            	if k < 0 || k > n {
            		return 0
            	}
            	if n-k < k {
            		k = n - k
            	}
            	result := int64(1)
            	for i := int64(0); i < k; i++ {
            		result = result * (n - i) / (i + 1)
            	}
            	return result
            }
            """),
    ISCLOSE("isClose", List.of("math"), """
            // isClose is math.isclose with its default tolerances.
            func isClose(a, b float64) bool {
            	if a == b {
            		return true
            	}
            	if math.IsInf(a, 0) || math.IsInf(b, 0) {
            		return false
            	}
            	difference := math.Abs(b - a)
            	return difference <= 1e-9*math.Abs(b) || difference <= 1e-9*math.Abs(a)
            }
            """),
    FIND("find", List.of("strings", "unicode/utf8"), """
            // find is Python's s.find(sub): a code point index, or -1.
            func find(s, sub string) int64 {
            	at := strings.Index(s, sub)
            	if at < 0 {
            		return -1
            	}
            	return int64(utf8.RuneCountInString(s[:at]))
            }
            """),
    TITLE("title", List.of("strings", "unicode"), """
            // title is Python's s.title(): each run of letters starts upper case, the rest lower case.
            func title(s string) string {
            	var out strings.Builder
            	previousCased := false
            	for _, r := range s {
            		if previousCased {
            			out.WriteRune(unicode.ToLower(r))
            		} else {
            			out.WriteRune(unicode.ToUpper(r))
            		}
            		previousCased = unicode.IsLetter(r)
            	}
            	return out.String()
            }
            """),
    CAPITALIZE("capitalize", List.of("strings", "unicode/utf8"), """
            // capitalize is Python's s.capitalize(): the first character upper case, the rest lower case.
            func capitalize(s string) string {
            	if s == "" {
            		return s
            	}
            	_, size := utf8.DecodeRuneInString(s)
            	return strings.ToUpper(s[:size]) + strings.ToLower(s[size:])
            }
            """),
    ALL_RUNES("allRunes", List.of(), """
            // allRunes is true for a non-empty string whose every character passes the test (str.isdigit() and kin).
            func allRunes(s string, test func(rune) bool) bool {
            	if s == "" {
            		return false
            	}
            	for _, r := range s {
            		if !test(r) {
            			return false
            		}
            	}
            	return true
            }
            """),
    IS_UPPER("isUpper", List.of("strings"), """
            // isUpper is Python's s.isupper(): some cased character, none lower case.
            func isUpper(s string) bool {
            	return strings.ToLower(s) != s && strings.ToUpper(s) == s
            }
            """),
    IS_LOWER("isLower", List.of("strings"), """
            // isLower is Python's s.islower(): some cased character, none upper case.
            func isLower(s string) bool {
            	return strings.ToUpper(s) != s && strings.ToLower(s) == s
            }
            """),
    IN_PARALLEL("inParallel", List.of("sync"), """
            // inParallel runs work(0), …, work(threads-1), each in its own goroutine, and answers their results in that order.
            // Each goroutine writes only its own slot of the results: they share nothing that needs a lock.
            func inParallel[T any](work func(w int) T) []T {
            	results := make([]T, threads)
            	var wg sync.WaitGroup
            	for w := range results {
            		wg.Add(1)
            		go func(w int) {
            			results[w] = work(w)
            			// Not deferred: a goroutine that panics must not let the caller go on without its part.
            			wg.Done()
            		}(w)
            	}
            	wg.Wait()
            	return results
            }
            """),
    RANGE_IN_PARALLEL("rangeInParallel", List.of(), """
            // rangeInParallel splits range(start, stop, step) into threads contiguous ranges with the same step, in order, and
            // runs work on the bounds of each in its own goroutine.
            func rangeInParallel[T any](start, stop, step int64, work func(low, high int64) T) []T {
            	n := rangeLen(start, stop, step)
            	return inParallel(func(w int) T {
            		first, last := n*int64(w)/threads, n*int64(w+1)/threads
            		if last == n {
            			// The last range stops where the whole one does (start+n*step could overflow).
            			return work(start+first*step, stop)
            		}
            		return work(start+first*step, start+last*step)
            	})
            }
            """, IN_PARALLEL, RANGE_LEN),
    BIG_RANGE_IN_PARALLEL("bigRangeInParallel", List.of("math/big"), """
            // bigRangeInParallel splits range(start, stop, step) into threads contiguous ranges with the same step, in order,
            // and runs work on the bounds of each in its own goroutine.
            func bigRangeInParallel[T any](start, stop, step *big.Int, work func(low, high *big.Int) T) []T {
            	// The range's length: (stop-start)/step rounded up, or 0.
            	n := new(big.Int).Sub(stop, start)
            	n.Add(n, step).Sub(n, big.NewInt(int64(step.Sign()))).Quo(n, step)
            	if n.Sign() < 0 {
            		n.SetInt64(0)
            	}
            	return inParallel(func(w int) T {
            		first := new(big.Int).Mul(n, big.NewInt(int64(w)))
            		first.Quo(first, big.NewInt(threads)).Mul(first, step).Add(first, start)
            		last := new(big.Int).Mul(n, big.NewInt(int64(w+1)))
            		if last.Quo(last, big.NewInt(threads)).Cmp(n) == 0 {
            			return work(first, stop)
            		}
            		return work(first, last.Mul(last, step).Add(last, start))
            	})
            }
            """, IN_PARALLEL),
    LIST_IN_PARALLEL("listInParallel", List.of(), """
            // listInParallel splits xs into threads contiguous chunks, in order, and runs work on each in its own goroutine.
            func listInParallel[T, R any](xs []T, work func(chunk []T) R) []R {
            	return inParallel(func(w int) R {
            		low, high := len(xs)*w/threads, len(xs)*(w+1)/threads
            		// The chunk's capacity ends with it: an append to it cannot write into the next chunk.
            		return work(xs[low:high:high])
            	})
            }
            """, IN_PARALLEL),
    CHUNK_MIN("chunkMin", List.of(), """
            // chunkMin is one chunk's part of Python's min(): its smallest item as a list of one, or none when it is
            // empty.
            func chunkMin[T any](xs []T) []T {
            	if len(xs) == 0 {
            		return nil
            	}
            	return []T{minItem(xs)}
            }
            """, MIN_ITEM),
    CHUNK_MAX("chunkMax", List.of(), """
            // chunkMax is one chunk's part of Python's max(): its largest item as a list of one, or none when it is
            // empty.
            func chunkMax[T any](xs []T) []T {
            	if len(xs) == 0 {
            		return nil
            	}
            	return []T{maxItem(xs)}
            }
            """, MAX_ITEM),
    ANY_TRUE("anyTrue", List.of(), """
            // anyTrue is Python's any() of bools.
            func anyTrue(xs []bool) bool {
            	for _, x := range xs {
            		if x {
            			return true
            		}
            	}
            	return false
            }
            """),
    ALL_TRUE("allTrue", List.of(), """
            // allTrue is Python's all() of bools.
            func allTrue(xs []bool) bool {
            	for _, x := range xs {
            		if !x {
            			return false
            		}
            	}
            	return true
            }
            """);

    private final String function;
    private final String code;
    private final String codeWithoutBig;
    private final List<String> importsWithBig;
    private final List<String> importsWithoutBig;
    private final List<GoHelper> dependencies;

    GoHelper(String function, List<String> imports, String code, GoHelper... dependencies) {
        this.function = function;
        this.code = code;
        this.codeWithoutBig = BigCases.PATTERN.matcher(code).replaceAll("");
        this.importsWithBig = used(imports, code);
        this.importsWithoutBig = used(imports, codeWithoutBig);
        this.dependencies = List.of(dependencies);
    }

    /** The type-switch cases for big ints ({@code case *big.Int:} and its one-line body); a holder, as enum constants are built first. */
    private static final class BigCases {
        static final Pattern PATTERN = Pattern.compile("\t+case \\*big\\.Int:\n\t+return [^\n]*\n");
    }

    String function() {
        return function;
    }

    /** The code; without arbitrary-precision ints, the cases for them are left out (and so is math/big). */
    String code(boolean big) {
        return big ? code : codeWithoutBig;
    }

    List<String> imports(boolean big) {
        return big ? importsWithBig : importsWithoutBig;
    }

    private static List<String> used(List<String> imports, String code) {
        return imports.stream().filter(path -> !path.equals("math/big") || code.contains("big.")).toList();
    }

    List<GoHelper> dependencies() {
        return dependencies;
    }
}
