#!/usr/bin/env python3
"""One-off generator for src/Sprout.Domain/Nutrition/Data/usda-sr28-core.csv.

Keeps only the USDA SR28 ABBREV columns that Sprout's nutrition rules read, so the
embedded resource stays small. Values are copied as text; the only rewrite is dropping
pandas' trailing ".0" (24.0 -> 24), which does not change a value. An empty field stays
empty because USDA's "no value" must not become zero.

Usage: python3 tools/nutrition/make_usda_core.py /work/shared/data/usda-sr28-abbrev/sr28_abbrev.csv
"""
import csv
import sys
from pathlib import Path

# USDA header (their spelling) -> clean name used by Sprout.
COLUMNS = [
    ("NDB_No", "ndb_no"),
    ("Shrt_Desc", "desc"),
    ("Water_(g)", "water_g"),
    ("Energ_Kcal", "energy_kcal"),
    ("Protein_(g)", "protein_g"),
    ("Lipid_Tot_(g)", "lipid_g"),
    ("Carbohydrt_(g)", "carbohydrate_g"),
    ("Fiber_TD_(g)", "fiber_g"),
    ("Calcium_(mg)", "calcium_mg"),
    ("Iron_(mg)", "iron_mg"),
    ("Vit_A_RAE", "vit_a_rae_ug"),
    ("Vit_C_(mg)", "vit_c_mg"),
    ("Refuse_Pct", "refuse_pct"),
]


def tidy(value: str) -> str:
    return value[:-2] if value.endswith(".0") else value


def main() -> None:
    source = Path(sys.argv[1])
    target = Path(__file__).resolve().parents[2] / "src/Sprout.Domain/Nutrition/Data/usda-sr28-core.csv"
    with source.open(encoding="utf-8", newline="") as f, target.open("w", encoding="utf-8", newline="") as out:
        reader = csv.DictReader(f)
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow([clean for _, clean in COLUMNS])
        rows = 0
        for row in reader:
            writer.writerow([row["NDB_No"], row["Shrt_Desc"]] + [tidy(row[usda]) for usda, _ in COLUMNS[2:]])
            rows += 1
    print(f"{rows} rows -> {target}")


if __name__ == "__main__":
    main()
