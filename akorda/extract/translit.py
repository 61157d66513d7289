"""Kazakh in the Latin alphabet (the 2018 acute-accent letters that the press uses,
and the 2021 letters) read through Cyrillic, with every character's offset kept.

The engine's Kazakh grammars, units, months and regions are written for Cyrillic.
A Latin-alphabet release is transliterated into Cyrillic together with a map from
each Cyrillic character to the Latin characters it came from, extracted, and the
spans of facts and instructions are mapped back, so that quotes are exact
substrings of the input as the contract requires. Written by hand: the mapping
is a small table (``data/translit.json``) and no package keeps offsets.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from akorda.extract.knowledge import load_json

LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-zÁáǴǵIıŃńÓóÚúÝýÄäĞğǦǧÑñŊŋÖöÜüŪūŞşİ]{2,}")
CYRILLIC_WORD = re.compile(r"(?<![^\W\d_])[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]{2,}")
KAZAKH_LATIN = re.compile(r"[ÁáǴǵıŃńÓóÚúÝýÄäĞğǦǧÑñŊŋÖöŪūŞşİ]")
# letters of the 2018 alphabet only, and of the 2021 one only: a text without the first and with
# the second is read with the 2021 table ("ı" is "і" there, "и" in 2018)
ALPHABET_2018 = re.compile(r"[ÁáǴǵŃńÓóÚúÝ]|[^\W\d_]ý")
ALPHABET_2021 = re.compile(r"[ǦǧĞğŊŋŞşŪū]")
MIN_SHARE = 0.12


@dataclass(frozen=True)
class Transliteration:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the Latin input of Cyrillic character i
    source_length: int
    modern: bool = False  # written in the 2021 alphabet

    def span_back(self, start: int, end: int) -> tuple[int, int]:
        """The Latin span of Cyrillic text[start:end]."""
        if end <= start:
            at = self.origin[start] if start < len(self.origin) else self.source_length
            return at, at
        last = end - 1
        stop = self.origin[last + 1] if last + 1 < len(self.origin) else self.source_length
        # characters of one digraph map to the same origin: the span ends where the next one starts
        return self.origin[start], max(stop, self.origin[last] + 1)


@lru_cache(maxsize=1)
def _table() -> tuple[tuple[str, str], ...]:
    data = load_json("translit.json")["latin_to_cyrillic"]
    pairs = [(k, v) for k, v in data.items()]
    pairs += [(k[:1].upper() + k[1:], v[:1].upper() + v[1:]) for k, v in data.items() if k[:1].isalpha()]
    pairs += [(k.upper(), v.upper()) for k, v in data.items() if len(k) > 1]
    return tuple(sorted(set(pairs), key=lambda kv: -len(kv[0])))


VOWELS = "aáäeioóöuúüyıýAÁÄEIOÓÖUÚÜYIÝ"


@lru_cache(maxsize=1)
def _table2021() -> tuple[tuple[str, str], ...]:
    data = load_json("translit.json")["latin2021_to_cyrillic"]
    pairs = dict(data)
    for k, v in data.items():
        upper = k[:1].upper() + k[1:]
        if k[:1] not in "iı" and upper not in pairs:
            pairs[upper] = v[:1].upper() + v[1:]
    return tuple(sorted(pairs.items(), key=lambda kv: -len(kv[0])))


@lru_cache(maxsize=2)
def _pattern2021(letters: bool = True) -> re.Pattern[str]:
    """The 2021 table's keys as one alternation, longest first; without the single letters
    where ``letters`` is false (``to_cyrillic``)."""
    # "ai" is "ай" unless a vowel that "i" joins follows ("taiaq" is "таяқ"); before "y" and "ı" it is
    # "ай" ("paiyz" is "пайыз": Kazakh writes no "и" between two vowels)
    # "ia", "iu" are "я", "ю" only after a vowel ("baiandaldy", "investisiia"; but "milliard")
    vowels = "aäeioöuūüAÄEIİOÖUŪÜ"
    return re.compile("|".join(
        ("(?<=[aäeıioöuūüyAÄEIİOÖUŪÜY])" if k in {"ia", "iu"} else "") + re.escape(k)
        + (f"(?![{vowels}])" if len(k) == 2 and k not in {"ia", "iu"} else "")
        for k, _ in _table2021() if letters or len(k) > 1))


def is_2021(text: str) -> bool:
    """Whether a Latin Kazakh text is written in the 2021 alphabet: more of its letters
    than of the 2018 one's (a name may keep an old spelling, "Iý.İlin").

    >>> is_2021("Prezident Tötenşe jaǧdailar ministrıne tapsyrma berdı"), is_2021("Qazaqstan Respýblıkasy")
    (True, False)
    """
    head = text[:20_000]
    return len(ALPHABET_2021.findall(head)) > len(ALPHABET_2018.findall(head))


@lru_cache(maxsize=2)
def _pattern(letters: bool = True) -> re.Pattern[str]:
    """The 2018 table's keys as one alternation, longest first; without the single letters
    where ``letters`` is false (``to_cyrillic``)."""
    # "aı" is "ай" unless "ıa"/"ıý" (я, ю) follows; "ıa" is "я" only after a vowel ("Azııa", but "mıllıard")
    alternatives = [(f"(?<=[{VOWELS}])" if k.lower() in {"ıa", "ıý"} else "") + re.escape(k)
                    + ("(?![aAýÝ])" if len(k) == 2 and k[1] in "ıI" else "") for k, _ in _table() if letters or len(k) > 1]
    return re.compile("|".join(alternatives))


@lru_cache(maxsize=2)
def _letters(modern: bool) -> dict[int, str]:
    """The single letters of a table, for ``str.translate`` (each is one Cyrillic letter)."""
    return str.maketrans({k: v for k, v in (_table2021() if modern else _table()) if len(k) == 1})


def is_latin_kazakh(text: str) -> bool:
    """Whether a text is Kazakh written in the Latin alphabet.

    >>> is_latin_kazakh("Memleket basshysy oblys ákimine birqatar tapsyrma berdi.")
    True
    >>> is_latin_kazakh("The Head of State received the akim of Almaty region.")
    False
    """
    if not KAZAKH_LATIN.search(text, 0, 20_000):
        return False
    words = LATIN_WORD.findall(text[:20_000])
    if len(words) < 3 or len(CYRILLIC_WORD.findall(text, 0, 20_000)) > len(words):
        return False  # a Cyrillic release under a Turkish line of the page ("Yayın: 24 Eylül 2022")
    marked = sum(1 for w in words if KAZAKH_LATIN.search(w))
    return marked / len(words) >= MIN_SHARE


def to_cyrillic(text: str) -> Transliteration:
    """Cyrillic text and the map back to the input.

    >>> t = to_cyrillic("Qostanaı oblysynyń ákimi 5 mıllıard teńge bóldi")
    >>> t.text
    'Қостанай облысының әкімі 5 миллиард теңге бөлді'
    >>> a = t.text.index("5 миллиард"); t.span_back(a, a + len("5 миллиард теңге"))
    (25, 41)
    """
    modern = is_2021(text)
    table = dict(_table2021() if modern else _table())
    letters = _letters(modern)
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    # Only the keys of two letters or more are searched for: the table's alternation tries them
    # before the single letters at every position, so they are found where it finds them, and
    # between two of them each letter is its own (one Cyrillic letter for one Latin, or the
    # same character), a run that ``str.translate`` converts at once and that keeps its offsets.
    for m in (_pattern2021(letters=False) if modern else _pattern(letters=False)).finditer(text):
        start = m.start()
        out.append(text[pos:start].translate(letters))
        origin.extend(range(pos, start))
        repl = table[m.group()]
        out.append(repl)
        origin.extend([start] * len(repl))
        pos = m.end()
    out.append(text[pos:].translate(letters))
    origin.extend(range(pos, len(text)))
    return Transliteration("".join(out), tuple(origin), len(text), modern)


@lru_cache(maxsize=2)
def _reverse(modern: bool = False) -> tuple[tuple[str, str], ...]:
    if modern:
        data = {v: k for k, v in load_json("translit.json")["latin2021_to_cyrillic"].items() if len(k) == 1 and k.islower()}
        data.update({"ғ": "ğ", "ң": "ŋ", "й": "i", "ё": "io", "щ": "şş", "ю": "iu", "я": "ia", "э": "e", "ъ": "", "ь": ""})
    else:
        data = load_json("translit.json")["cyrillic_to_latin"]
    pairs = list(data.items()) + [(k.upper(), v[:1].upper() + v[1:]) for k, v in data.items()]
    if modern:
        pairs += [("И", "İ"), ("Й", "İ"), ("І", "I")]
    return tuple(sorted(dict(pairs).items(), key=lambda kv: -len(kv[0])))


def to_latin(text: str, modern: bool = False) -> str:
    """Back to the Latin alphabet, for a name the engine normalised in Cyrillic.

    >>> to_latin("Сергей Кулагин"), to_latin("облыс әкімі", modern=True)
    ('Sergeı Kýlagın', 'oblys äkımı')
    """
    table = dict(_reverse(modern))
    pattern = re.compile("|".join(re.escape(k) for k, _ in _reverse(modern)))
    return pattern.sub(lambda m: table[m.group()], text)
