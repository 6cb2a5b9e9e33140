"""Numbers and amounts of money in Chinese and English text.

``parse_number`` reads one number written with Arabic or Chinese numerals and an optional magnitude
(``3,500``, ``三千五百``, ``1.2万``, ``十亿``, ``4 billion``). ``find_amounts`` finds every amount in
a text: a number with a magnitude or a currency, a range whose unit may follow only the second bound
(``2146至2862亿元``), the qualifier before it (``约``, ``超过``, ``about``) and the currency as an ISO
4217 code. Percentages and vague amounts (``数十亿``, ``几百万``) are not amounts.

Everything runs in time linear in the length of the text: one compiled pattern whose parts after
the number are all optional, scanned once from left to right.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from functools import cache

from seedlint.data import read_toml
from seedlint.document import Document
from seedlint.text.patterns import trie_pattern

__all__ = [
    "Amount",
    "CURRENCY_NAMES",
    "amounts_of",
    "find_amounts",
    "fold_digits",
    "format_amount",
    "parse_number",
    "significant_step",
]


@dataclass(frozen=True)
class Amount:
    """An amount found by ``find_amounts``; offsets index the string that was searched.

    ``value`` is in whole units (``40亿`` -> 4e9); for a range it is the first bound as written and
    ``high`` the second (``high < value`` for an inverted range). ``currency`` is None for a bare
    number and for an ambiguous symbol, whose candidates are in ``ambiguous`` (``¥`` -> CNY, JPY).
    ``approximate`` marks an open amount such as ``30多亿`` or ``300余万`` (value is its lower bound).
    ``low_text``/``high_text`` are the written numbers of the bounds with their magnitudes, and
    ``step`` is half the unit of the last significant digit of the first bound (``286亿`` -> 5e7),
    ``high_step`` the same for the second: how far rounding may have moved the figure.
    """

    start: int
    end: int
    value: float
    high: float | None
    currency: str | None
    qualifier: str | None
    text: str
    ambiguous: tuple[str, ...] = ()
    approximate: bool = False
    magnitude: str | None = None
    step: float = 0.0
    high_step: float | None = None
    # Two currencies that disagree, as written before and after the number ($, yuan): the amount
    # then has no currency of its own.
    conflict: tuple[str, str] | tuple[()] = ()

    @property
    def is_range(self) -> bool:
        return self.high is not None

    @property
    def bounds(self) -> tuple[float, ...]:
        return (self.value,) if self.high is None else (self.value, self.high)


# Numerals --------------------------------------------------------------------------------------

_CN_DIGITS = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
    "壹": 1, "贰": 2, "叁": 3, "肆": 4, "伍": 5, "陆": 6, "柒": 7, "捌": 8, "玖": 9,
}  # fmt: skip
_CN_SMALL = {"十": 10, "拾": 10, "百": 100, "佰": 100, "千": 1000, "仟": 1000}
_CN_BIG = {"万": 10**4, "亿": 10**8}
_EN_MAGNITUDES = {
    "thousand": 10**3, "k": 10**3,
    "million": 10**6, "mln": 10**6, "mn": 10**6, "m": 10**6,
    "billion": 10**9, "bln": 10**9, "bn": 10**9, "b": 10**9,
    "trillion": 10**12, "tn": 10**12,
}  # fmt: skip
_CN_CHARS = "".join(_CN_DIGITS) + "".join(_CN_SMALL) + "".join(_CN_BIG) + "点"
# English numbers written out, read only before million, billion or trillion (six trillion yuan,
# a billion dollars): elsewhere "one" and "a" are words, not figures.
_EN_NUMBERS = {
    "a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16,
    "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50,
    "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
}  # fmt: skip
# A number word that is the tail of a longer numeral (twenty-five million, two hundred million) is
# not read: only whole numerals of one word are.
_EN_NUMERAL_BEFORE = re.compile(
    r"(?i:(?:" + "|".join(sorted(_EN_NUMBERS, key=len, reverse=True)) + r"|hundred|thousand|and)[- ])$"
)
_EN_WORDED = re.compile("(" + "|".join(_EN_NUMBERS) + ") ?(trillion|billion|million)")
# The lookahead comes first: it fails at once wherever no word and a million, billion or trillion
# follow, so the words are tried almost nowhere.
_EN_NUMBER = (
    r"(?<![A-Za-z-])(?=[A-Za-z]{1,9}[ ](?i:trillion|billion|million)(?![A-Za-z]))"
    r"(?i:" + trie_pattern(_EN_NUMBERS) + r")(?=[ ])"
)

# Full-width digits, letters and signs fold to ASCII, one code point for one. The full-width comma
# and the ideographic full stop stay: they separate clauses in Chinese and are never part of a number.
_FOLD = {cp: cp - 0xFEE0 for cp in range(0xFF01, 0xFF5F) if cp != 0xFF0C}
_FOLD[0x3000] = 0x20


def fold_digits(text: str) -> str:
    """Width-fold everything a number can be written with, keeping the length and Chinese commas."""
    return text.translate(_FOLD)


_ARABIC = r"(?:[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?)"
_MAG_CN = r"(?:[十百千]?(?:万亿|亿|万)|千|百)"
_MAG_EN = r"(?:(?i:trillion|billion|million|thousand|mln|bln|mn|bn|tn)|[mbkMBK])(?![A-Za-z])"
_NUMBER_ONLY = re.compile(rf"({_ARABIC})[ ]?({_MAG_CN}|{_MAG_EN})?")


def _magnitude(text: str | None) -> int:
    if not text:
        return 1
    key = text.lower()
    if key in _EN_MAGNITUDES:
        return _EN_MAGNITUDES[key]
    value = 1
    for ch in text:
        value *= _CN_SMALL.get(ch) or _CN_BIG[ch]
    return value


def _decimal_arabic(text: str) -> Decimal | None:
    try:
        return Decimal(text.replace(",", ""))
    except InvalidOperation:
        return None


def _chinese_integer(text: str) -> int | None:
    """A Chinese numeral without a decimal point; None unless it is well formed.

    ``三千五`` and ``两万五`` are read the colloquial way (3500, 25000); two digits side by side are an
    estimate (``三四十亿``) and no number, except digit-by-digit writing with 〇/零 (``二〇二四``).
    """
    if not text:
        return None
    if all(ch in _CN_DIGITS for ch in text):
        if len(text) == 1:
            return _CN_DIGITS[text]
        if not any(ch in "〇零" for ch in text):
            return None
        return int("".join(str(_CN_DIGITS[ch]) for ch in text))
    total = 0  # everything before the last 亿
    wan = 0  # the part before 万 within the current 亿 section
    section = 0  # below 万
    digit: int | None = None
    last_small = 10**5  # units within a section must decrease
    last_unit = 1
    after_zero = False
    seen_wan = False
    prev_digit = False
    for i, ch in enumerate(text):
        if ch in _CN_DIGITS:
            if prev_digit and text[i - 1] not in "零〇":
                return None
            digit = _CN_DIGITS[ch]
            if digit == 0:
                after_zero = True
            prev_digit = True
            continue
        prev_digit = False
        if ch in _CN_SMALL:
            unit = _CN_SMALL[ch]
            if unit >= last_small:
                return None
            if digit is None:
                if unit != 10 or (i and text[i - 1] not in "零〇万亿"):
                    return None
                digit = 1
            section += digit * unit
            digit = None
            last_small = unit
            last_unit = unit
            after_zero = False
        elif ch in _CN_BIG:
            if digit is None and section == 0 and (i == 0 or text[i - 1] not in "万"):
                return None
            section += digit or 0
            digit = None
            if ch == "万":
                if seen_wan:
                    return None
                wan = section
                seen_wan = True
                last_unit = 10**4
            else:
                total = (total + wan * 10**4 + section) * 10**8
                wan = 0
                seen_wan = False
                last_unit = 10**8
            section = 0
            last_small = 10**5
            after_zero = False
        else:
            return None
    if digit:
        # A digit after a unit without 零 counts in the next lower place: 三千五 = 3500.
        section += digit if after_zero or last_unit == 1 else digit * (last_unit // 10)
    return total + wan * 10**4 + section


def _chinese_number(text: str) -> Decimal | None:
    if "点" not in text:
        value = _chinese_integer(text)
        return None if value is None else Decimal(value)
    whole, _, rest = text.partition("点")
    if "点" in rest or not whole:
        return None
    digits = ""
    for ch in rest:
        if ch not in _CN_DIGITS:
            break
        digits += str(_CN_DIGITS[ch])
    tail = rest[len(digits) :]
    if not digits or any(ch not in _CN_BIG and ch not in _CN_SMALL for ch in tail):
        return None
    base = _chinese_integer(whole)
    if base is None or (tail and re.fullmatch(_MAG_CN, tail) is None):
        return None
    return (Decimal(base) + Decimal("0." + digits)) * _magnitude(tail)


def _parse_decimal(text: str) -> Decimal | None:
    s = fold_digits(text).strip()
    if not s:
        return None
    m = _NUMBER_ONLY.fullmatch(s)
    if m:
        base = _decimal_arabic(m.group(1))
        return None if base is None else base * _magnitude(m.group(2))
    if all(ch in _CN_CHARS for ch in s):
        return _chinese_number(s)
    worded = _EN_WORDED.fullmatch(s.lower())
    if worded is None:
        return None
    return Decimal(_EN_NUMBERS[worded.group(1)]) * _magnitude(worded.group(2))


def parse_number(s: str) -> float | None:
    """The value of one written number: ``"3,500"`` -> 3500, ``"三千五百"`` -> 3500, ``"1.2万"`` -> 12000,
    ``"十亿"`` -> 1e9, ``"4 billion"`` -> 4e9, ``"six trillion"`` -> 6e12; anything else (including vague
    ``数十亿``) -> None."""
    value = _parse_decimal(s)
    return None if value is None else float(value)


def significant_step(written: str) -> float:
    """Half the unit of the last non-zero digit of a written number with its magnitude: the most
    that rounding to that digit can have moved it (``286亿`` -> 5e7, ``4万`` -> 5000, ``1200`` -> 50)."""
    s = fold_digits(written).strip()
    m = _NUMBER_ONLY.fullmatch(s)
    if m:
        digits = m.group(1).replace(",", "")
        whole, _, frac = digits.partition(".")
        frac = frac.rstrip("0")
        if frac:
            place = Decimal(1).scaleb(-len(frac))
        else:
            stripped = whole.rstrip("0")
            place = Decimal(1).scaleb(len(whole) - len(stripped)) if stripped else Decimal(1)
        return float(place * _magnitude(m.group(2)) / 2)
    value = _parse_decimal(s)
    if value is None or value == 0:
        return 0.0
    exponent = 0
    integer = int(value)
    if integer == value:
        while integer and integer % 10 == 0:
            integer //= 10
            exponent += 1
        return float(Decimal(1).scaleb(exponent) / 2)
    return float(abs(value) * Decimal("0.005"))


_CN_FORMAT_UNITS = ((10**8, "亿"), (10**4, "万"))


def format_amount(value: float) -> str:
    """A short written form of a value in Chinese magnitudes, for messages (4e9 -> ``40亿``)."""
    for size, name in _CN_FORMAT_UNITS:
        if abs(value) >= size:
            return f"{_trim(value / size)}{name}"
    return _trim(value)


def _trim(value: float) -> str:
    text = f"{value:.4f}".rstrip("0").rstrip(".")
    return text or "0"


# Currencies ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _CurrencyNames:
    before: dict[str, str]
    after: dict[str, str]
    ambiguous: dict[str, tuple[str, ...]]


def _english_word(name: str) -> bool:
    return name.isascii() and any(c.islower() for c in name) and all(c.isalpha() or c in " .'" for c in name)


@cache
def _currency_names() -> _CurrencyNames:
    table = read_toml("common/currency_names.toml")
    before = {name: code for code, names in table["before"].items() for name in names}
    after = {name: code for code, names in table["after"].items() for name in names}
    ambiguous = {symbol: tuple(codes) for symbol, codes in table.get("ambiguous", {}).items()}
    return _CurrencyNames(before, after, ambiguous)


CURRENCY_NAMES = _currency_names()

_QUALIFIERS = (
    "不超过", "不到", "不足", "超过", "超出", "高达", "多达", "将近", "接近", "大约", "约为", "约合", "至少",
    "最多", "最高", "仅", "约", "近", "超", "逾",
    "approximately", "more than", "less than", "fewer than", "at least", "close to", "up to", "roughly",
    "about", "around", "nearly", "almost", "over", "under", "some", "approx.",
)  # fmt: skip
_TRAILING_QUALIFIERS = ("左右", "上下")
_QUALIFIER_BEFORE = re.compile(
    "(?:" + "|".join(
        re.escape(q) + (r"[ ]+" if q.isascii() else "[ ]?")
        for q in sorted(_QUALIFIERS, key=lambda q: (-len(q), q))
    ) + r")\Z",
    re.IGNORECASE,
)  # fmt: skip
_INNER_QUALIFIER = r"(?:约|近|超过|超|逾|高达|不到)"
# 元 starts words that are not money: 1月1日元旦, 5日元首会晤, 元宇宙, 元素.
_NOT_CURRENCY = "(?<=元)[旦宇首素件帅]"
_SEPARATORS = r"(?:至|到|~|〜|～|-|–|—|－|(?i:to)(?![A-Za-z]))"
# The rest of a figure written in two magnitudes: 6714亿5000万 (6714.5亿), 11万5000亿 (11.5万亿).
_MIXED = r"(?<=亿)[0-9]{1,4}万|(?<=万)[0-9]{1,4}亿"


def _build_pattern(words: bool = False) -> re.Pattern[str]:
    names = CURRENCY_NAMES
    before = trie_pattern([*names.before, *names.ambiguous], ignore_case=_english_word)
    after = trie_pattern(names.after, ignore_case=_english_word)
    number = rf"(?<![0-9A-Za-z.]){_ARABIC}|[{_CN_CHARS}]+" + (f"|{_EN_NUMBER}" if words else "")
    magnitude = rf"[ ]?{_MAG_CN}|[ ]?{_MAG_EN}"  # 3050万 and 3050 万 alike
    return re.compile(
        rf"""
        (?:(?<![A-Za-z])(?P<pre>{before})[ ]?(?P<pq>{_INNER_QUALIFIER})?[ ]?)?
        (?P<n1>{number})
        (?:(?P<infix>人民币)(?=[十百千]?[万亿]))?
        (?P<ap1>[多余])?
        (?P<m1>{magnitude})?
        (?P<mixed>{_MIXED})?
        (?P<ap1b>余)?
        (?:[ ]?(?P<s1>{after})(?![A-Za-z]|{_NOT_CURRENCY}))?
        (?P<range>
            [ ]?(?P<sep>{_SEPARATORS})[ ]?
            (?:(?P<pre2>{before})[ ]?)?
            (?P<n2>{number})
            (?P<ap2>[多余])?
            (?P<m2>{magnitude})?
            (?:[ ]?(?P<s2>{after})(?![A-Za-z]|{_NOT_CURRENCY}))?
        )?
        """,
        re.VERBOSE,
    )


_PATTERN = _build_pattern()
# The same with numbers written out in words, for the texts that say million, billion or trillion
# (the extra alternative costs a third of the scan, so other texts do without it).
_PATTERN_WORDS = _build_pattern(words=True)
_ILLION = re.compile("illion", re.I)
_YEAR = re.compile(r"(?:19|20)\d{2}")
_PERCENT = re.compile(r"[ ]?(?:%|‰|％|个百分点|(?i:percent|per cent|pct)(?![A-Za-z]))")
_VAGUE_BEFORE = "数几"
_VAGUE_AFTER = "几"


@dataclass
class _Bound:
    number: str
    start: int
    end: int
    magnitude: str | None
    approx: bool


def _mixed(number: str, magnitude: str, rest: str) -> tuple[str, str]:
    """A figure in two magnitudes as one number of 亿: 6714亿 + 5000万 is 6714.5亿, 11万 + 5000亿
    is 115000亿 (the 万 of 11万5000亿 multiplies the 亿 that follows)."""
    whole = _decimal_arabic(number)
    part = Decimal(rest[:-1])
    if whole is None:
        return number, magnitude
    if rest.endswith("万"):  # …亿5000万
        value = whole * _magnitude(magnitude) + part * 10**4
    else:  # …万5000亿
        value = (whole * _magnitude(magnitude) + part) * 10**8
    written = format(value / 10**8, "f")
    return (written.rstrip("0").rstrip(".") if "." in written else written), "亿"


def _trailing_big(token: str) -> tuple[str, str]:
    """Split a Chinese numeral into its body and the 万/亿 magnitude at its end (``四百亿`` -> 四百, 亿)."""
    i = len(token)
    while i > 0 and token[i - 1] in _CN_BIG:
        i -= 1
    return token[:i], token[i:]


def _grouped_only(first: _Bound, second: _Bound) -> bool:
    """Is the first figure of a range written with digit groups (833,000) and the second not?"""
    return "," in first.number and "," not in second.number


def _bound_value(bound: _Bound, shared_magnitude: str | None) -> tuple[Decimal, float] | None:
    magnitude = bound.magnitude if bound.magnitude is not None else shared_magnitude
    written = bound.number + (magnitude or "")
    if bound.number[0].isalpha():
        # A figure written out holds its magnitude in the words: "six trillion".
        value = _parse_decimal(written)
        return None if value is None else (value, significant_step(written))
    value = _parse_decimal(bound.number)
    if value is None:
        return None
    value *= _magnitude(magnitude)
    return value, significant_step(written)


def _currencies(pre: str | None, suffix: str | None) -> tuple[str | None, tuple[str, ...], bool]:
    """The currency named before and after a number, its candidates when ambiguous, and whether
    the two names disagree ($ … yuan)."""
    names = CURRENCY_NAMES

    def lookup(table: dict[str, str], name: str | None) -> str | None:
        if name is None:
            return None
        if name in table:
            return table[name]
        lowered = name.lower()
        for key, code in table.items():
            if key.lower() == lowered and _english_word(key):
                return code
        return None

    if pre in names.ambiguous:
        ambiguous = names.ambiguous[pre]
        code_after = lookup(names.after, suffix)
        if code_after is None:
            return None, ambiguous, False
        # 元 after ¥ or $ names no other currency (HK$10元 is odd, not contradictory).
        return (code_after, (), False) if code_after in ambiguous else (None, (), suffix != "元")
    code_before = lookup(names.before, pre)
    code_after = lookup(names.after, suffix)
    if code_before and code_after and code_before != code_after:
        # 港币10亿元, 新台币100亿元: the generic 元 takes the currency named before the number.
        return (code_before, (), False) if suffix == "元" else (None, (), True)
    return code_before or code_after, (), False


def _qualifier(text: str, start: int, end: int, inner: str | None) -> str | None:
    if inner:
        return inner
    before = _QUALIFIER_BEFORE.search(text, max(0, start - 16), start)
    if before:
        word = before.group().strip().lower()
        return "约" if word == "约合" else word
    after = text[end : end + 2]
    return after if after in _TRAILING_QUALIFIERS else None


def _open_marker(m: re.Match[str]) -> str | None:
    return m.group("ap1") or m.group("ap1b") or None


def amounts_of(doc: Document) -> list[Amount]:
    """``find_amounts(doc.text)``, computed once per document and shared between checks."""
    return doc.memo("numbers.amounts", lambda d: find_amounts(d.text))


def find_amounts(text: str, *, plain: bool = False) -> list[Amount]:
    """Every amount in ``text`` in order, non-overlapping: numbers with a magnitude or a currency,
    ranges as one Amount. With ``plain=True`` numbers without either are returned too."""
    folded = fold_digits(text)
    out: list[Amount] = []
    pos = 0
    length = len(folded)
    pattern = _PATTERN_WORDS if _ILLION.search(folded) else _PATTERN
    while pos < length:
        m = pattern.search(folded, pos)
        if m is None:
            break
        amount, resume = _read_match(text, folded, m, plain)
        if amount is not None:
            out.append(amount)
        pos = max(resume, m.start() + 1)
    return out


def _read_match(text: str, folded: str, m: re.Match[str], plain: bool) -> tuple[Amount | None, int]:
    n1_start, n1_end = m.span("n1")
    if not plain and m.end() == n1_end and m.start() == n1_start and "0" <= folded[n1_start] <= "9":
        return None, n1_end
    before_char = folded[m.start() - 1] if m.start() else ""
    if before_char in _VAGUE_BEFORE and before_char:
        return None, m.end("n1")
    if folded[n1_end : n1_end + 1] == _VAGUE_AFTER or folded[m.end() : m.end() + 1] == _VAGUE_AFTER:
        return None, m.end()
    pre = m.group("pre")
    m1 = m.group("m1")
    m1 = m1.strip() if m1 else None
    end1 = max(m.end(g) for g in ("n1", "infix", "ap1", "m1", "mixed", "ap1b", "s1") if m.group(g) is not None)
    suffix1 = m.group("s1")
    if m1 and m1.lower() in ("m", "b", "k") and not pre:
        # 5m is five metres unless a currency symbol says it is money.
        m1, suffix1, end1 = None, None, n1_end
        ranged = False
    elif m1 in ("千", "百") and not (suffix1 or pre):
        m1, suffix1, end1 = None, None, n1_end
        ranged = False
    else:
        ranged = m.group("range") is not None and bool(m.group("m2") or m.group("s2") or m.group("pre2"))
    if ranged and suffix1 and m.group("s2") and suffix1 != m.group("s2"):
        ranged = False
    if ranged and m.group("pre2") and not (pre or m1 or suffix1) and _YEAR.fullmatch(m.group("n1")):
        ranged = False  # halved in 2004 to $200m: a year, then an amount with a currency of its own
    if ranged and m.group("m2") and m.group("m2").strip().lower() in ("m", "b", "k") and not (pre or m.group("pre2")):
        ranged = False
    end = m.end() if ranged else end1
    if _PERCENT.match(folded, end) or _PERCENT.match(folded, n1_end):
        return None, end
    n1 = m.group("n1")
    cn1 = n1[0] in _CN_CHARS
    token_magnitude = None
    if cn1:
        body, token_magnitude = _trailing_big(n1)
        if not body:
            return None, n1_end
    approx = bool(m.group("ap1") or m.group("ap1b"))
    if m.group("mixed") and m1 is not None and not cn1:
        n1, m1 = _mixed(n1, m1, m.group("mixed"))
    first = _Bound(n1, n1_start, end1, m1, approx)
    second = None
    if ranged:
        m2 = m.group("m2").strip() if m.group("m2") else None
        n2 = m.group("n2")
        approx = approx or bool(m.group("ap2"))
        second = _Bound(n2, m.start("n2"), m.end(), m2, bool(m.group("ap2")))
    shared = None
    # "$3 to 5 million": the magnitude after the second figure is the first's too; not after a
    # figure written out in full with digit groups ("US$833,000 to US$1.16 million").
    if second is not None and first.magnitude is None and not token_magnitude and not _grouped_only(first, second):
        shared = second.magnitude
        if shared is None and second.number[0] in _CN_CHARS:
            shared = _trailing_big(second.number)[1] or None
    low = _bound_value(first, shared)
    if low is None:
        return None, m.end("n1")
    high = _bound_value(second, None) if second is not None else None
    if second is not None and high is None:
        second, end = None, end1
    pre2 = m.group("pre2") if second is not None else None
    suffix = (m.group("s2") or suffix1) if second is not None else suffix1
    currency, ambiguous, conflicting = _currencies(pre or pre2, suffix)
    if m.group("infix") and currency is None and not ambiguous:
        currency = "CNY"
    magnitude = first.magnitude or shared or token_magnitude or (second.magnitude if second else None)
    has_magnitude = bool(magnitude) or (cn1 and low[0] >= 10**4)
    if currency is None and not ambiguous and not has_magnitude and not plain and not conflicting:
        return None, end
    if n1[0].isalpha() and (
        currency is None and not ambiguous or _EN_NUMERAL_BEFORE.search(folded, max(0, n1_start - 12), n1_start)
    ):
        # "one million people": a figure written out is read only as money, and only whole.
        return None, end
    start = m.start()
    inner = m.group("pq")
    return (
        Amount(
            start=start,
            end=end,
            value=float(low[0]),
            high=float(high[0]) if high is not None else None,
            currency=currency,
            qualifier=_qualifier(folded, start, end, inner) or _open_marker(m),
            text=text[start:end],
            ambiguous=ambiguous,
            approximate=approx,
            magnitude=magnitude,
            step=low[1],
            high_step=high[1] if high is not None else None,
            conflict=(str(pre or pre2), str(suffix)) if conflicting else (),
        ),
        end,
    )
