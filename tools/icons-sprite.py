#!/usr/bin/env python3
"""Builds src/Sprout.Web/wwwroot/icons/sprite.svg from a local copy of Tabler Icons (MIT).

Usage: npm pack @tabler/icons@3.51.0 && tar xzf tabler-icons-3.51.0.tgz
       python3 tools/icons-sprite.py package/icons/outline
Only the icons listed below are shipped; each becomes <symbol id="i-NAME">. The icons are used with
<svg><use href="/icons/sprite.svg#i-NAME"/></svg>, so pages need no inline style or script (CSP).
"""
import re
import sys
from pathlib import Path

ICONS = [
    "home", "school", "users", "heart-rate-monitor", "tools-kitchen-2", "file-text", "flag", "target",
    "clipboard-list", "building-community", "settings", "shield-lock", "bell", "mail-plus", "mood-kid",
    "history", "plant-2", "photo", "calendar-check", "message", "pill", "ruler-2", "alert-triangle",
    "check", "x", "menu-2", "logout", "user-circle", "chart-bar", "calendar-event", "books", "salad",
    "news", "circle-check", "circle-x", "clock", "arrow-right", "upload", "printer", "pencil",
]


def symbol(name: str, svg: str) -> str:
    body = svg[svg.index(">", svg.index("<svg")) + 1: svg.rindex("</svg>")]
    body = re.sub(r'<path stroke="none" d="M0 0h24v24H0z" fill="none"\s*/>', "", body)
    body = " ".join(line.strip() for line in body.splitlines() if line.strip())
    return (f'<symbol id="i-{name}" viewBox="0 0 24 24" fill="none" stroke="currentColor" stroke-width="2" '
            f'stroke-linecap="round" stroke-linejoin="round">{body}</symbol>')


def main() -> None:
    source = Path(sys.argv[1])
    out = Path(__file__).resolve().parent.parent / "src/Sprout.Web/wwwroot/icons/sprite.svg"
    symbols = "\n".join(symbol(n, (source / f"{n}.svg").read_text(encoding="utf-8")) for n in ICONS)
    out.write_text('<svg xmlns="http://www.w3.org/2000/svg">\n<!-- Tabler Icons 3.51.0, MIT licence: see LICENSE-tabler-icons.txt -->\n'
                   + symbols + "\n</svg>\n", encoding="utf-8")


if __name__ == "__main__":
    main()
