#!/usr/bin/env python3
"""Fills unfinished messages of a .ts file with the translation the same source text had in an
earlier version of that file (any context). For code moved between classes: lupdate sees the
moved strings as new because their context (the class name) changed.

    python3 scripts/carry-translations.py translations/faultke_de.ts OLD.ts
"""
import sys
import xml.etree.ElementTree as ET


def translations(root):
    known = {}
    for message in root.iter("message"):
        source, translation = message.find("source"), message.find("translation")
        if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
            continue
        numerus = translation.findall("numerusform")
        known[source.text] = [n.text for n in numerus] if numerus else translation.text
    return known


def main(target, earlier):
    known = translations(ET.parse(earlier).getroot())
    tree = ET.parse(target)
    carried = 0
    for message in tree.getroot().iter("message"):
        translation = message.find("translation")
        text = message.find("source").text
        if translation is None or translation.get("type") != "unfinished" or text not in known:
            continue
        value = known[text]
        if isinstance(value, list):
            for form, old in zip(translation.findall("numerusform"), value):
                form.text = old
        else:
            translation.text = value
        del translation.attrib["type"]
        carried += 1
    body = ET.tostring(tree.getroot(), encoding="unicode")
    with open(target, "w", encoding="utf-8") as out:  # the header lupdate writes
        out.write('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n")
    print(f"{target}: carried {carried} translation(s) over")


if __name__ == "__main__":
    main(*sys.argv[1:3])
