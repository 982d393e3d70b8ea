"""The letters' PDF, read back with poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm)."""

import shutil
import subprocess
import threading

import pytest
from PySide6.QtGui import QImage

from educonnect_desktop.letters import fonts
from educonnect_desktop.letters.errors import FontsMissing, LetterError, LettersCancelled
from educonnect_desktop.letters.pdf import RESOLUTION, qr_box, write_letters_pdf
from educonnect_desktop.letters.qr import dark_runs, qr_matrix
from educonnect_desktop.services import demo, letters

URL = "https://services.exemple.fr/activation"
STEPS = ("Rendez-vous sur", "Je n'ai pas de compte EduConnect", "J'ai reçu une lettre de l'établissement",
         "Saisissez votre identifiant et votre mot de passe provisoire", "Acceptez la charte",
         "confirmez votre adresse e-mail")

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils missing")


def run(*command) -> str:
    return subprocess.run(command, check=True, capture_output=True, text=True, timeout=60).stdout


def page_text(pdf, page: int) -> str:
    """The page's words, one space apart (the layout wraps sentences anywhere)."""
    return " ".join(run("pdftotext", "-layout", "-f", str(page), "-l", str(page), str(pdf), "-").split())


@pytest.fixture
def issued(staff_actor, db, fast_hashing):
    demo.load_demo(hashing=fast_hashing)
    return letters.issue_letters(["m.lefevre1"], class_code="6 A", actor=staff_actor, hashing=fast_hashing,
                                 services_url=URL)


@pytest.fixture
def pdf(qapp, issued, tmp_path):
    return write_letters_pdf(issued, tmp_path / "lettres.pdf")


def test_one_page_per_letter_with_names_credentials_validity_and_steps(issued, pdf):
    assert [l.first_name for l in issued] == ["Léa", "Chloé", "Marc"]
    assert "Pages:           3" in run("pdfinfo", str(pdf))
    for page, letter in enumerate(issued, start=1):
        text = page_text(pdf, page)
        assert "Collège de démonstration (DÉMO)" in text and "UAI 0999999X" in text
        assert f"{letter.first_name} {letter.last_name}" in text
        assert letter.identifier in text
        assert letter.provisional_password in text
        assert f"Ce mot de passe provisoire est valable jusqu'au {letter.valid_until:%d/%m/%Y}" in text
        assert all(step in text for step in STEPS), text
        assert "Ne communiquez jamais votre mot de passe" in text
        assert "L'établissement ne vous demandera jamais votre mot de passe" in text
        assert "Confirmez vos enfants" in text if letter.kind == "guardian" else "Confirmez vos enfants" not in text
    assert "Léa Dupont" in page_text(pdf, 1) and "Chloé Lefèvre" in page_text(pdf, 2)
    guardian = page_text(pdf, 3)
    assert "Marc Lefèvre" in guardian and "Chloé Lefèvre (6 A)" in guardian and "Représentant légal" in guardian
    # DejaVu kerns " A", so pdftotext may glue the class's letter to its number.
    assert "Classe : 6 A" in page_text(pdf, 1).replace("6A", "6 A")


def test_text_is_embedded_dejavu(pdf):
    rows = run("pdffonts", str(pdf)).splitlines()[2:]
    assert rows and all(row.split()[0].startswith("DejaVuSans") for row in rows)
    assert all(" yes " in row for row in rows)  # embedded: prints the same on any computer


def _dark(image: QImage, x: int, y: int) -> bool:
    return image.pixelColor(x, y).lightness() < 128


def test_qr_code_drawn_on_the_page_is_the_services_address(pdf, tmp_path):
    dpi = 150
    run("pdftoppm", "-png", "-r", str(dpi), "-f", "1", "-l", "1", "-singlefile", str(pdf), str(tmp_path / "page"))
    image = QImage(str(tmp_path / "page.png"))
    scale = dpi / RESOLUTION
    left, top, side = (v * scale for v in qr_box(image.width() / scale))
    box = [(x, y) for y in range(int(top), int(top + side)) for x in range(int(left), int(left + side))
           if _dark(image, x, y)]
    x0, x1 = min(x for x, _ in box), max(x for x, _ in box)
    y0, y1 = min(y for _, y in box), max(y for _, y in box)
    expected = qr_matrix(URL)
    module = (x1 - x0 + 1) / len(expected)
    assert abs((y1 - y0 + 1) / len(expected) - module) < 0.5
    drawn = tuple(tuple(_dark(image, int(x0 + (i + 0.5) * module), int(y0 + (j + 0.5) * module))
                        for i in range(len(expected))) for j in range(len(expected)))
    assert drawn == expected


def test_qr_matrix_is_segno_and_runs_cover_every_dark_module():
    import segno

    matrix = qr_matrix(URL)
    assert matrix == tuple(tuple(bool(v) for v in row) for row in segno.make(URL, error="m", micro=False).matrix)
    assert sum(length for _, _, length in dark_runs(matrix)) == sum(map(sum, matrix))


def test_progress_cancel_and_unwritable_output(qapp, issued, tmp_path):
    seen = []
    write_letters_pdf(issued, tmp_path / "a.pdf", progress=lambda done, total: seen.append((done, total)))
    assert seen == [(1, 3), (2, 3), (3, 3)]
    with pytest.raises(LettersCancelled, match="annulée"):
        write_letters_pdf(issued, tmp_path / "b.pdf", cancelled=lambda: len(seen) > 3,
                          progress=lambda done, total: seen.append((done, total)))
    assert not (tmp_path / "b.pdf").exists() and not (tmp_path / "b.pdf.part").exists()
    with pytest.raises(LetterError, match="Impossible d'écrire"):
        write_letters_pdf(issued, tmp_path / "absent" / "c.pdf")
    with pytest.raises(LetterError, match="dossier"):
        write_letters_pdf(issued, tmp_path)


def test_written_from_a_worker_thread(qapp, issued, tmp_path):
    failures = []

    def work():
        try:
            write_letters_pdf(issued[:1], tmp_path / "thread.pdf")
        except Exception as exc:  # pragma: no cover - reported below
            failures.append(exc)

    worker = threading.Thread(target=work)
    worker.start()
    worker.join(60)
    assert not failures
    assert issued[0].provisional_password in page_text(tmp_path / "thread.pdf", 1)


def test_missing_fonts_give_a_french_error_and_no_file(qapp, issued, tmp_path, monkeypatch):
    class NoFonts:
        @staticmethod
        def addApplicationFont(path):
            return -1

        @staticmethod
        def families():
            return ["Some Other Sans"]

    monkeypatch.setattr(fonts, "QFontDatabase", NoFonts)
    monkeypatch.setattr(fonts, "_loaded", False)
    with pytest.raises(FontsMissing, match="fonts-dejavu-core"):
        write_letters_pdf(issued, tmp_path / "sans-texte.pdf")
    assert not (tmp_path / "sans-texte.pdf").exists()
    assert fonts.missing_families(["DejaVu Sans"]) == [fonts.MONO]
    assert fonts.find_font_files([tmp_path]) == []


def test_letters_of_many_heights_keep_the_steps_below_the_credentials(qapp, issued, tmp_path):
    """The steps and advice are laid out once per height of the personal part above them, up to
    a few (letters.pdf._BatchCache.part), then drawn shifted: each page still reads in order."""
    import dataclasses

    guardian = next(letter for letter in issued if letter.kind == "guardian")
    batch = [dataclasses.replace(guardian, provisional_password=f"Prov-{count}-x!",
                                 children=tuple(f"Enfant numéro {n} de la famille MARTIN-LEFÈVRE (6 A)"
                                                for n in range(count)))
             for count in range(1, 8)]
    pdf = write_letters_pdf(batch, tmp_path / "hauteurs.pdf")
    for page, letter in enumerate(batch, start=1):
        text = page_text(pdf, page)
        assert f"Enfant numéro {len(letter.children) - 1} de la famille" in text
        assert text.index(letter.provisional_password) < text.index("Activer votre compte") \
            < text.index("Ne communiquez jamais votre mot de passe"), text
