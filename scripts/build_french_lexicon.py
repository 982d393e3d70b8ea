"""Build educonnect_desktop/resources/lexicon/fr_words.txt.gz from wordfreq's French list (run by hand, rarely).

    .venv/bin/pip install wordfreq==3.1.1     # a build-time tool only, not a dependency
    .venv/bin/python scripts/build_french_lexicon.py [--top 40000]

Keeps wordfreq's `top_n_list("fr", N)` order (most frequent first, which is the rank the
strength estimate uses), folded as the estimate folds passwords (lowercase ASCII, accents
and ligatures removed: "rentrée" -> "rentree", "cœur" -> "coeur"), letters only, 3 to 20 of
them, each word once. Written gzip-compressed, one word per line, with a fixed timestamp so
that the same input gives the same bytes.

Licence of the output: wordfreq's data is CC BY-SA 4.0 (see educonnect_desktop/resources/lexicon/NOTICE.md);
the list derived from it is distributed under the same licence.
"""

from __future__ import annotations

import argparse
import gzip
import io
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from educonnect_desktop.core.text import fold  # noqa: E402

OUTPUT = ROOT / "educonnect_desktop" / "resources" / "lexicon" / "fr_words.txt.gz"


def folded_words(words, *, limit: int) -> list[str]:
    kept: dict[str, None] = {}
    for word in words:
        form = fold(word)
        if form.isalpha() and form.isascii() and 3 <= len(form) <= 20:
            kept.setdefault(form, None)
        if len(kept) >= limit:
            break
    return list(kept)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--top", type=int, default=40_000, help="words kept after folding")
    args = parser.parse_args()
    import wordfreq

    words = folded_words(wordfreq.iter_wordlist("fr", wordlist="best"), limit=args.top)
    buffer = io.BytesIO()
    with gzip.GzipFile(fileobj=buffer, mode="wb", compresslevel=9, mtime=0) as out:
        out.write(("\n".join(words) + "\n").encode("ascii"))
    OUTPUT.write_bytes(buffer.getvalue())
    print(f"{len(words)} words, {OUTPUT.stat().st_size / 1024:.0f} KiB -> {OUTPUT.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
