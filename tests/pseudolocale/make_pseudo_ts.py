#!/usr/bin/env python3
"""Writes a pseudo-translation of a TokenDesk .ts catalogue, for tests only (never installed).

Every translation becomes the English text wrapped in ⟦…⟧, so a test can tell at a glance
whether a text on screen went through the translator: an unwrapped text did not. Plural
(numerus) messages keep English's two forms, each wrapped; %1…%9, %L1, %n and & mnemonics are
inside the markers, untouched, so arguments are still filled in and Alt+letter still works.

usage: make_pseudo_ts.py SOURCE.ts OUTPUT.ts
SOURCE is tokendesk_en.ts: it holds every message and English's numerus forms.
"""
import sys
import xml.etree.ElementTree as ElementTree

OPEN, CLOSE = "\u27e6", "\u27e7"


def wrapped(text):
    # Leading and trailing white space (a CLI message's closing newline, a unit's leading
    # space) stays outside, so the markers sit on the text's own line.
    core = text.strip()
    if not core:
        return text
    start = text.index(core)
    return text[:start] + OPEN + core + CLOSE + text[start + len(core):]


def pseudo_translate(message):
    source = message.findtext("source") or ""
    translation = message.find("translation")
    if translation is None:
        translation = ElementTree.SubElement(message, "translation")
    translation.attrib.pop("type", None)  # unfinished would make lrelease drop it
    if message.get("numerus") == "yes":
        forms = [form.text or source for form in translation.findall("numerusform")]
        if len(forms) != 2:
            forms = [source, source]
        for form in list(translation):
            translation.remove(form)
        translation.text = None
        for text in forms:
            ElementTree.SubElement(translation, "numerusform").text = wrapped(text)
    else:
        translation.text = wrapped(source)


def main(source_path, output_path):
    tree = ElementTree.parse(source_path)
    root = tree.getroot()
    root.set("language", "en")
    for message in root.iter("message"):
        pseudo_translate(message)
    with open(output_path, "wb") as out:
        out.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(out, encoding="utf-8", xml_declaration=False)
    return 0


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    sys.exit(main(sys.argv[1], sys.argv[2]))
