#!/usr/bin/env python3
"""Trims the 34-province master list (../shared/data/vn-admin-units) to the columns Sprout ships."""
import csv, json, sys, unicodedata
src, dst = sys.argv[1], sys.argv[2]
provinces = json.load(open(src, encoding="utf-8"))
with open(dst, "w", encoding="utf-8", newline="") as f:
    w = csv.writer(f, lineterminator="\n")
    w.writerow(["province_code", "province_name", "ward_code", "ward_name"])
    n = 0
    for p in sorted(provinces, key=lambda p: p["Code"]):
        for ward in sorted(p["Wards"], key=lambda x: x["Code"]):
            w.writerow([p["Code"], unicodedata.normalize("NFC", p["FullName"]), ward["Code"], unicodedata.normalize("NFC", ward["FullName"])])
            n += 1
print(f"{dst}: {len(provinces)} provinces, {n} wards")
