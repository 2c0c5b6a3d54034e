#!/usr/bin/env python3
"""Writes a .resx from a key<TAB>value file: the TSV is what people edit, the .resx what .NET reads."""
import sys, unicodedata
from xml.sax.saxutils import escape

src, dst = sys.argv[1], sys.argv[2]
rows = []
for n, line in enumerate(open(src, encoding="utf-8"), 1):
    line = line.rstrip("\n")
    if not line or line.startswith("#"):
        continue
    key, sep, value = line.partition("\t")
    if not sep:
        sys.exit(f"{src}:{n}: no tab")
    rows.append((key, unicodedata.normalize("NFC", value)))
keys = [k for k, _ in rows]
dupes = {k for k in keys if keys.count(k) > 1}
if dupes:
    sys.exit(f"duplicate keys: {sorted(dupes)}")
with open(dst, "w", encoding="utf-8") as f:
    f.write('<?xml version="1.0" encoding="utf-8"?>\n<root>\n')
    for h, v in [("resmimetype", "text/microsoft-resx"), ("version", "2.0"),
                 ("reader", "System.Resources.ResXResourceReader, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089"),
                 ("writer", "System.Resources.ResXResourceWriter, System.Windows.Forms, Version=4.0.0.0, Culture=neutral, PublicKeyToken=b77a5c561934e089")]:
        f.write(f'  <resheader name="{h}"><value>{v}</value></resheader>\n')
    for k, v in rows:
        f.write(f'  <data name="{escape(k)}" xml:space="preserve"><value>{escape(v)}</value></data>\n')
    f.write("</root>\n")
print(f"{dst}: {len(rows)} strings")
