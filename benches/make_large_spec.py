#!/usr/bin/env python3
"""Writes a realistic large US specification as DOCX for the benchmarks: title, the sections of 37 CFR 1.77(b),
about 1,100 numbered paragraphs (some 120 pages at 1.5 spacing), a brief description of 60 figures, 200 claims
with real dependency shapes, and an abstract. Needs python-docx (`pip install python-docx`).

    python3 benches/make_large_spec.py target/large-spec.docx
"""

import random
import sys

from docx import Document
from docx.shared import Cm, Pt

WORDS = ("valve housing actuator controller sensor pressure member seal port flow channel spring piston shaft "
         "bearing plate frame signal processor memory circuit module surface edge groove flange bore").split()


def sentence(rng, numerals):
    words = [rng.choice(WORDS) for _ in range(rng.randint(12, 24))]
    for _ in range(2):
        element, numeral = rng.choice(numerals)
        words.insert(rng.randrange(len(words)), f"the {element} {numeral}")
    return " ".join(words).capitalize() + "."


def main(path):
    rng = random.Random(7)
    numerals = [(w, 10 + 2 * i) for i, w in enumerate(WORDS)]
    doc = Document()
    for section in doc.sections:
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = section.top_margin = section.bottom_margin = Cm(2.5)
    normal = doc.styles["Normal"]
    normal.font.name, normal.font.size = "Times New Roman", Pt(12)
    normal.paragraph_format.line_spacing = 1.5
    number = 0

    def para(text):
        nonlocal number
        number += 1
        doc.add_paragraph(f"[{number:04d}] {text}")

    doc.add_paragraph("FLUID CONTROL VALVE WITH PRESSURE FEEDBACK")
    for heading, paragraphs in [("CROSS-REFERENCE TO RELATED APPLICATIONS", 1), ("BACKGROUND", 40),
                                ("SUMMARY", 60)]:
        doc.add_paragraph(heading)
        for _ in range(paragraphs):
            para(" ".join(sentence(rng, numerals) for _ in range(4)))
    doc.add_paragraph("BRIEF DESCRIPTION OF THE DRAWINGS")
    for figure in range(1, 61):
        para(f"FIG. {figure} is a view of the valve of an embodiment.")
    doc.add_paragraph("DETAILED DESCRIPTION")
    for i in range(940):
        figure = 1 + i % 60
        para(f"As shown in FIG. {figure}, " + " ".join(sentence(rng, numerals) for _ in range(4)))
    doc.add_paragraph("CLAIMS")
    doc.add_paragraph("What is claimed is:")
    group = 1
    for n in range(1, 201):
        if n % 25 == 1:
            group = n
            body = ("A fluid control apparatus comprising a housing, a valve member movable within the housing, an actuator "
                    "coupled to the valve member, and a controller configured to operate the actuator.")
        elif n % 25 in (7, 14):
            body = f"The apparatus according to any one of claims {group} to {n - 1}, wherein the housing comprises a port."
        elif n % 3 == 0:
            body = f"The apparatus of claim {group}, wherein the valve member has a sealing surface."
        else:
            body = f"The apparatus of claim {n - 1}, wherein the controller comprises a processor and a memory."
        doc.add_paragraph(f"{n}. {body}")
    doc.add_paragraph("ABSTRACT")
    doc.add_paragraph(" ".join(sentence(rng, numerals) for _ in range(5))[:900])
    doc.save(path)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "target/large-spec.docx")
