"""Evaluation sets of the strength estimate: weak French passwords and strong ones.

Two sets, kept apart:
- TUNING: what the estimator's word lists and matchers were adjusted against;
- TEST: held out, built from other words, other names and other patterns' instances,
  never looked at while tuning; its figures are the ones reported in bench/README.md.

Every weak password passes the EduConnect rule (8+ characters, 3 of the 4 kinds of
characters, not the person's name or identifier) for the person below: that is exactly
where a strength meter must say "weak" on its own. They are what people really type:
a word, a first name, a pet, a town or a team with a year and a symbol; AZERTY rows,
columns and interleaved walks; SMS French; the person's own data written in l33t.
Strong: random 12 to 16 printable characters, or 4 to 5 words drawn at random from the
7,776 most frequent French words (a diceware-like draw), as written by a person
(spaces, hyphens, capitals); a draw holding the person's name ("jeanne" holds "Jean") is
drawn again, since the rule refuses it (found on the test set: the estimate rightly caps
such a password at "Faible").

Both sets are generated from fixed seeds: the same lists on every run.
"""

from __future__ import annotations

import gzip
import random
import string
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
USER_INPUTS = ("j.dupont1", "Jean", "Dupont", "12/03/2011")
# A second person for the l33t cases: the identifier and names differ from the words above.
OTHER_USER = ("l.martin7", "Léa", "Martin", "05/06/2010")


@dataclass(frozen=True)
class Case:
    password: str
    user_inputs: tuple[str, ...]
    kind: str  # the family of pattern, for the per-kind table


# Words of each set (disjoint): everyday and school French, pets, first names, towns, clubs.
_TUNING = {
    "word": "rentrée soleil chocolat bonjour vacances papillon princesse football musique "
            "maison famille cahier trousse récréation cantine collège sixième cinquième "
            "bisous doudou nounours licorne dragon étoile".split(),
    "pet": "minou filou caramel pompon gribouille noisette réglisse biscotte chipie "
           "titou moka".split(),
    "name": "emma lucas chloé enzo inès hugo manon théo camille nathan".split(),
    "town": ["Marseille13", "Paris75", "Lyon69", "Lille59", "Toulouse31", "Nantes44"],
    "club": ["Allezlom", "Allezparis", "Psg", "Olympique", "Asse"],
    "sms": ["Jtm", "Jtmmm", "Mdr", "Tkt", "Jetm", "Bisouxx", "Jtadore"],
}
_TEST = {
    "word": "cartable vendredi crêpe baguette marmotte grenouille fraise framboise "
            "printemps écureuil cinéma tortue poussin guitare mercredi dessin copains "
            "quatrième troisième brevet vacance jardin océane coccinelle".split(),
    "pet": "pistache praline chouquette vanille câline choupette gribouillis frimousse "
           "caline pepette".split(),
    "name": "léo jade louis lina gabriel zoé raphaël louise jules alice".split(),
    "town": ["Bordeaux33", "Nice06", "Rennes35", "Brest29", "Reims51", "Dijon21"],
    "club": ["Allezlesbleus", "Olympiquelyon", "Racing", "Staderennais", "Losc"],
    "sms": ["Jtmmmm", "Ptdr", "Jtaime", "Cc", "Slt", "Jsp", "Xptdr"],
}
_SUFFIXES = ["!", "*", ".", "@", "?", "#", "$", "&"]
_YEARS = [str(y) for y in range(2008, 2027)] + ["123", "1234", "12", "01", "007", "13", "69", "75", "2"]


def _cap(word: str) -> str:
    return word[:1].upper() + word[1:]


def _weak(vocab: dict[str, list[str]], seed: int, count_per_kind: int) -> list[Case]:
    rnd = random.Random(seed)
    cases: list[Case] = []

    def add(password: str, kind: str, user=USER_INPUTS) -> None:
        cases.append(Case(password, user, kind))

    for kind in ("word", "pet", "name"):
        for _ in range(count_per_kind):
            word = rnd.choice(vocab[kind])
            shape = rnd.randrange(4)
            year, symbol = rnd.choice(_YEARS), rnd.choice(_SUFFIXES)
            if shape == 0:
                add(f"{_cap(word)}{year}{symbol}", kind)
            elif shape == 1:
                add(f"{_cap(word)}{symbol}{year}", kind)
            elif shape == 2:
                add(f"{word}{year}{symbol}", kind)
            else:
                add(f"{_cap(word)}{year}", kind if len(word) + len(year) >= 8 else kind)
    for town in vocab["town"]:
        add(f"{town}{rnd.choice(_SUFFIXES)}", "town")
        add(f"{town.lower()}{rnd.choice(_SUFFIXES)}", "town")
    for club in vocab["club"]:
        add(f"{club}{rnd.choice(_YEARS)}{rnd.choice(_SUFFIXES)}", "club")
        add(f"{club.lower()}{rnd.choice(['13', '69', '75', '2024'])}!", "club")
    for sms in vocab["sms"]:
        add(f"{sms}{rnd.choice(['4ever', '2024', '123', '<3'])}{rnd.choice(_SUFFIXES)}", "sms")
        add(f"{sms}{rnd.choice(['Lol', 'Mdr', 'Bb'])}{rnd.choice(['1', '12', '2023'])}", "sms")
    return [c for c in cases if _passes_rule(c)]


# AZERTY rows, columns and interleaved walks (half in each set, by position in the list).
_WALKS = [
    "Azerty123!", "&aqw2zsx", "1aqw2zsx", "A1z2e3r4", "Azertyuiop1", "Wxcvbn12!", "Qsdfghjk1!",
    "&é\"'(azer", "Azerty2024*", "a1z2e3r4T!", "Aqwzsx12!", "2zsx3edc!", "Azer1234!", "Poiuytreza1",
    "Azertyu1!", "1&aqw2zsx", "Wxcvbn2024", "qsdf1234!A", "Aqwxsz12*", "A&z\"e'r(t", "Mlkjhgf1!",
    "Azerty12*", "3edc4rfv!", "Q1s2d3f4!", "Ertyuiop1!", "Zsxedc12!", "Azqswx12!", "1a2z3e4r!",
]


def _walks(part: int) -> list[Case]:
    return [Case(w, USER_INPUTS, "azerty") for i, w in enumerate(_WALKS) if i % 2 == part]


# The person's own identifier, names and birth date in l33t: the rule does not see them.
_LEET = [
    ("L.m4rtin7!", OTHER_USER), ("J.dup0nt1!", USER_INPUTS), ("Dup0nt2011!", USER_INPUTS),
    ("M4rtin2010*", OTHER_USER), ("J3an.2011!", USER_INPUTS), ("L3a.M4rt1n", OTHER_USER),
    ("Dupon7!12", USER_INPUTS), ("Mart1n05!", OTHER_USER), ("Je4nDup!", USER_INPUTS),
    ("L3a050610!", OTHER_USER), ("DuP0nT123", USER_INPUTS), ("lm4rt1n7!", OTHER_USER),
    ("J34n120311", USER_INPUTS), ("M@rtin2010", OTHER_USER),
]


def _leet(part: int) -> list[Case]:
    return [Case(p, u, "own data") for i, (p, u) in enumerate(_LEET) if i % 2 == part]


def _rule_passing(cases: list[Case]) -> list[Case]:
    return [c for c in cases if _passes_rule(c)]


def _passes_rule(case: Case) -> bool:
    from educonnect_desktop.core.passwords import check_policy

    return check_policy(case.password, user_inputs=case.user_inputs).ok


def contains_name(password: str, user_inputs) -> bool:
    from educonnect_desktop.core.strength_inputs import contains_name as holds

    return holds(password, user_inputs)


def _common_words(count: int) -> list[str]:
    path = ROOT / "resources" / "lexicon" / "fr_words.txt.gz"
    return gzip.decompress(path.read_bytes()).decode("ascii").split()[:count]


def _strong(seed: int, count: int) -> list[Case]:
    rnd = random.Random(seed)
    printable = string.ascii_letters + string.digits + "!#$%&()*+,-./:;<=>?@[]^_{|}~"
    words = _common_words(7776)
    cases = []
    for _ in range(count):
        length = rnd.randint(12, 16)
        cases.append(Case("".join(rnd.choice(printable) for _ in range(length)), USER_INPUTS, "random chars"))
    phrases = 0
    while phrases < count:
        picked = [rnd.choice(words) for _ in range(rnd.randint(4, 5))]
        style = rnd.randrange(3)
        phrase = (" ".join(picked) if style == 0 else "-".join(picked) if style == 1
                  else "".join(_cap(w) for w in picked))
        if contains_name(phrase, USER_INPUTS):
            continue  # "jeanne-..." holds the person's first name: refused by the rule, not strong
        cases.append(Case(phrase, USER_INPUTS, "random words"))
        phrases += 1
    return cases


def tuning_set() -> tuple[list[Case], list[Case]]:
    """(weak, strong) used while tuning."""
    return _rule_passing(_weak(_TUNING, 1, 30) + _walks(0) + _leet(0)), _strong(11, 60)


def test_set() -> tuple[list[Case], list[Case]]:
    """(weak, strong) held out: never used while tuning."""
    return _rule_passing(_weak(_TEST, 2, 30) + _walks(1) + _leet(1)), _strong(22, 60)
