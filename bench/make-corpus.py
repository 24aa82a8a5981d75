#!/usr/bin/env python3
"""Write a synthetic corpus for the extraction benchmark: N articles made from the seed articles, each with
its headline kept, its paragraphs reshuffled and its publication day moved by up to a year either way, plus
a manifest.json. The same seed (42) always gives the same corpus.

usage: bench/make-corpus.py SEED_DIR OUT_DIR [N=1000]
"""
import datetime
import json
import os
import random
import sys


def main(seed_dir, out_dir, count):
    manifest = json.load(open(os.path.join(seed_dir, "manifest.json"), encoding="utf-8"))["articles"]
    rnd = random.Random(42)
    os.makedirs(out_dir, exist_ok=True)
    entries = []
    for i in range(count):
        t = manifest[i % len(manifest)]
        lines = open(os.path.join(seed_dir, t["file"]), encoding="utf-8").read().split("\n")
        headline, body = lines[0], [l for l in lines[1:] if l.strip()]
        rnd.shuffle(body)
        name = f"synthetic-{i:04d}.txt"
        with open(os.path.join(out_dir, name), "w", encoding="utf-8") as f:
            f.write(headline + "\n\n" + "\n\n".join(body) + "\n")
        day = datetime.date.fromisoformat(t["published"]) + datetime.timedelta(days=rnd.randint(-365, 365))
        entries.append({"file": name, "published": day.isoformat(), "publisher": t.get("publisher"),
                        "url": None, "title": None, "timezone": t.get("timezone")})
    json.dump({"articles": entries}, open(os.path.join(out_dir, "manifest.json"), "w", encoding="utf-8"), indent=1)


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1000)
