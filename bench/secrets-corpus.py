#!/usr/bin/env python3
"""Writes a source-like corpus for the secret scanner's benchmark: FILES files, about SIZE_MB in all, in several
languages, with ordinary code that mentions tokens, passwords and keys, and planted synthetic tokens (one file in
PLANT_EVERY). Prints how many tokens it planted. Usage: secrets-corpus.py DIR [FILES] [SIZE_MB] [PLANT_EVERY]"""
import os, random, sys, zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
rng = random.Random(42)

def rnd(chars, n): return "".join(rng.choice(chars) for _ in range(n))

def github():
    body = rnd(B62, 30); n = zlib.crc32(body.encode()); c = ""
    while n: c = B62[n % 62] + c; n //= 62
    return "ghp_" + body + c.rjust(6, "0")

PLANTS = [
    lambda: f'GITHUB_TOKEN = "{github()}"',
    lambda: f"aws_access_key_id = AKIA{rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}",
    lambda: f"SLACK_BOT_TOKEN=xoxb-{rnd('0123456789', 12)}-{rnd('0123456789', 13)}-{rnd(B62, 24)}",
    lambda: f"STRIPE_KEY=sk_live_{rnd(B62, 32)}",
    lambda: f"DATABASE_URL=postgres://app:{rnd(B62, 16)}@db.internal:5432/app",
    lambda: "-----BEGIN RSA PRIVATE KEY-----\n" + "\n".join(rnd(B62 + "+/", 64) for _ in range(4)) + "\n-----END RSA PRIVATE KEY-----",
    lambda: f'db_password = "{rnd(B62, 20)}"',
]

WORDS = "user account order item price total count index value result request response client server cache queue " \
        "handler config options session token password secret key header retry timeout limit offset page".split()

def line(lang):
    a, b, c = rng.choice(WORDS), rng.choice(WORDS), rng.choice(WORDS)
    n = rng.randint(0, 9999)
    return rng.choice({
        "py": [f"    {a}_{b} = self.{c}.get('{a}', {n})", f"def get_{a}_{b}(self, {c}):", f"    # TODO: check the {a} {b} before {c}",
               f"    if {a} is None or {b} > {n}:", f"        return {c}.{a}_{b}({n})", f"    logger.info('{a} %s {b}', {c})"],
        "js": [f"  const {a}{b.title()} = await {c}.fetch('/api/{a}/{n}');", f"export function {a}{b.title()}({c}) {{",
               f"  if (!{a}.{b}) throw new Error('missing {b} for {c}');", f"  return {{ {a}, {b}: {c}.{b} ?? {n} }};", "}"],
        "go": [f"\t{a}{b.title()}, err := {c}.Get{a.title()}(ctx, {n})", "\tif err != nil {", f"\t\treturn nil, fmt.Errorf(\"{a} {b}: %w\", err)",
               "\t}", f"func (s *{c.title()}) {a.title()}{b.title()}() int {{ return {n} }}"],
        "yaml": [f"  {a}_{b}: {n}", f"  {a}: {c}-{b}", f"    - name: {a.upper()}_{b.upper()}", f"      value: \"{c}\"", f"# {a} {b} {c}"],
        "md": [f"The {a} {b} is read from the {c} (see {a}.md).", f"- `{a}_{b}`: the {c} of each {a}, {n} by default", ""],
    }[lang])

def main():
    out = sys.argv[1]
    files = int(sys.argv[2]) if len(sys.argv) > 2 else 20000
    size = int(sys.argv[3]) if len(sys.argv) > 3 else 200
    every = int(sys.argv[4]) if len(sys.argv) > 4 else 50
    per_file = size * 1024 * 1024 // files
    exts = {"py": "py", "js": "js", "go": "go", "yaml": "yaml", "md": "md"}
    planted = 0
    for i in range(files):
        lang = rng.choice(list(exts))
        folder = os.path.join(out, f"svc{i % 200:03d}", f"pkg{i % 7}")
        os.makedirs(folder, exist_ok=True)
        parts, length = [], 0
        plant_at = per_file // 2 if i % every == 0 else -1
        while length < per_file:
            text = line(lang)
            if plant_at >= 0 and length >= plant_at:
                text, plant_at = rng.choice(PLANTS)(), -1
                planted += 1
            parts.append(text)
            length += len(text) + 1
        with open(os.path.join(folder, f"file{i:05d}.{exts[lang]}"), "w") as f:
            f.write("\n".join(parts) + "\n")
    print(f"{files} files, {size} MB, {planted} planted tokens")

main()
