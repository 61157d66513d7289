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

LATIN_WORD = re.compile(r"(?<![^\W\d_])[A-Za-zÁáǴǵIıŃńÓóÚúÝýÄäĞğÑñÖöÜüŪūŞşİ]{2,}")
KAZAKH_LATIN = re.compile(r"[ÁáǴǵıŃńÓóÚúÝýÄäĞğÑñÖöŪūŞşİ]")
MIN_SHARE = 0.12


@dataclass(frozen=True)
class Transliteration:
    text: str
    origin: tuple[int, ...]  # origin[i]: offset in the Latin input of Cyrillic character i
    source_length: int

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
def _pattern() -> re.Pattern[str]:
    # "aı" is "ай" unless "ıa"/"ıý" (я, ю) follows; "ıa" is "я" only after a vowel ("Azııa", but "mıllıard")
    alternatives = [(f"(?<=[{VOWELS}])" if k.lower() in {"ıa", "ıý"} else "") + re.escape(k)
                    + ("(?![aAýÝ])" if len(k) == 2 and k[1] in "ıI" else "") for k, _ in _table()]
    return re.compile("|".join(alternatives))


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
    if len(words) < 3:
        return False
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
    table = dict(_table())
    out: list[str] = []
    origin: list[int] = []
    pos = 0
    pattern = _pattern()
    while pos < len(text):
        m = pattern.match(text, pos)
        if m:
            repl = table[m.group()]
            out.append(repl)
            origin.extend([pos] * len(repl))
            pos = m.end()
        else:
            out.append(text[pos])
            origin.append(pos)
            pos += 1
    return Transliteration("".join(out), tuple(origin), len(text))


@lru_cache(maxsize=1)
def _reverse() -> tuple[tuple[str, str], ...]:
    data = load_json("translit.json")["cyrillic_to_latin"]
    pairs = list(data.items()) + [(k.upper(), v[:1].upper() + v[1:]) for k, v in data.items()]
    return tuple(sorted(pairs, key=lambda kv: -len(kv[0])))


def to_latin(text: str) -> str:
    """Back to the Latin alphabet, for a name the engine normalised in Cyrillic.

    >>> to_latin("Сергей Кулагин")
    'Sergeı Kýlagın'
    """
    table = dict(_reverse())
    pattern = re.compile("|".join(re.escape(k) for k, _ in _reverse()))
    return pattern.sub(lambda m: table[m.group()], text)
