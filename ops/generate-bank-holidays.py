#!/usr/bin/env python3
"""Generate seeds/reference/bank-holidays-england-and-wales.csv from the standing rules.

The CSV is the source of truth: the service embeds it and never runs this script. The script
exists so that a new year (or a corrected rule) can be produced and reviewed as a diff rather
than typed by hand. Years after the last list published on gov.uk are *projections* of the
standing rules; a royal proclamation can move or add a day, so when one is made, record it in
MOVED_OR_EXTRA below (and re-run) or edit the CSV by hand -- see docs/calendar.md.

Usage:
    python3 ops/generate-bank-holidays.py            # rewrite the CSV (2010..2035)
    python3 ops/generate-bank-holidays.py --check    # exit 1 if the CSV differs from the rules
    python3 ops/generate-bank-holidays.py --to-year 2040
"""

import argparse
import datetime as dt
import pathlib
import sys

MON, FRI, SAT, SUN = 0, 4, 5, 6

CSV_PATH = pathlib.Path(__file__).resolve().parent.parent / "seeds/reference/bank-holidays-england-and-wales.csv"

# Standing-rule holidays that a proclamation moved: (year, rule name) -> (date, name).
MOVED = {
    (2012, "Spring bank holiday"): (dt.date(2012, 6, 4), "Spring bank holiday"),
    (2020, "Early May bank holiday"): (dt.date(2020, 5, 8), "Early May bank holiday (VE Day)"),
    (2022, "Spring bank holiday"): (dt.date(2022, 6, 2), "Spring bank holiday"),
}

# One-off holidays proclaimed in addition to the standing rules.
EXTRA = [
    (dt.date(2011, 4, 29), "Royal wedding"),
    (dt.date(2012, 6, 5), "Queen's Diamond Jubilee"),
    (dt.date(2022, 6, 3), "Platinum Jubilee bank holiday"),
    (dt.date(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
    (dt.date(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
]


def easter_sunday(year: int) -> dt.date:
    """Anonymous Gregorian computus (Meeus/Jones/Butcher)."""
    a = year % 19
    b, c = divmod(year, 100)
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    l = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * l) // 451
    month, day = divmod(h + l - 7 * m + 114, 31)
    return dt.date(year, month, day + 1)


def first_monday(year: int, month: int) -> dt.date:
    first = dt.date(year, month, 1)
    return first + dt.timedelta(days=(MON - first.weekday()) % 7)


def last_monday(year: int, month: int) -> dt.date:
    next_month = dt.date(year + month // 12, month % 12 + 1, 1)
    last = next_month - dt.timedelta(days=1)
    return last - dt.timedelta(days=(last.weekday() - MON) % 7)


def next_weekday(day: dt.date) -> dt.date:
    while day.weekday() >= SAT:
        day += dt.timedelta(days=1)
    return day


def christmas(year: int):
    christmas_day = dt.date(year, 12, 25)
    boxing_day = dt.date(year, 12, 26)
    weekday = christmas_day.weekday()
    if weekday == SAT:  # both on the weekend: Christmas -> Mon 27, Boxing Day -> Tue 28
        return [(dt.date(year, 12, 27), "Christmas Day (substitute day)"),
                (dt.date(year, 12, 28), "Boxing Day (substitute day)")]
    if weekday == SUN:  # Boxing Day stays on Mon 26, Christmas is substituted to Tue 27
        return [(boxing_day, "Boxing Day"),
                (dt.date(year, 12, 27), "Christmas Day (substitute day)")]
    if weekday == FRI:  # Boxing Day on Saturday -> Mon 28
        return [(christmas_day, "Christmas Day"),
                (dt.date(year, 12, 28), "Boxing Day (substitute day)")]
    return [(christmas_day, "Christmas Day"), (boxing_day, "Boxing Day")]


def holidays(year: int):
    new_year = dt.date(year, 1, 1)
    substitute_new_year = next_weekday(new_year)
    easter = easter_sunday(year)
    by_rule = [
        ("New Year's Day", substitute_new_year,
         "New Year's Day" if substitute_new_year == new_year else "New Year's Day (substitute day)"),
        ("Good Friday", easter - dt.timedelta(days=2), "Good Friday"),
        ("Easter Monday", easter + dt.timedelta(days=1), "Easter Monday"),
        ("Early May bank holiday", first_monday(year, 5), "Early May bank holiday"),
        ("Spring bank holiday", last_monday(year, 5), "Spring bank holiday"),
        ("Summer bank holiday", last_monday(year, 8), "Summer bank holiday"),
    ]
    result = [MOVED.get((year, rule), (date, name)) for rule, date, name in by_rule]
    result += christmas(year)
    result += [(date, name) for date, name in EXTRA if date.year == year]
    return sorted(result)


def render(from_year: int, to_year: int) -> str:
    lines = ["date,name"]
    for year in range(from_year, to_year + 1):
        days = holidays(year)
        assert len({d for d, _ in days}) == len(days), f"two holidays share a date in {year}"
        assert all(d.weekday() < SAT for d, _ in days), f"a holiday falls on a weekend in {year}"
        lines += [f"{date.isoformat()},{name}" for date, name in days]
    return "\n".join(lines) + "\n"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--from-year", type=int, default=2010)
    parser.add_argument("--to-year", type=int, default=2035)
    parser.add_argument("--check", action="store_true", help="compare with the CSV instead of writing it")
    args = parser.parse_args()

    text = render(args.from_year, args.to_year)
    if args.check:
        current = CSV_PATH.read_text(encoding="utf-8") if CSV_PATH.exists() else ""
        if current != text:
            print(f"{CSV_PATH} differs from the rules (hand edit, or a rule change not yet generated)", file=sys.stderr)
            return 1
        return 0
    CSV_PATH.write_text(text, encoding="utf-8", newline="\n")
    print(f"wrote {CSV_PATH} ({text.count(chr(10)) - 1} holidays)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
