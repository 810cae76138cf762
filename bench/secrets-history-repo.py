#!/usr/bin/env python3
"""Makes the history the secret benchmark scans, and checks a report of it.

  secrets-history-repo.py make DIR [COMMITS]   a repository of COMMITS commits (default 1,000) made with git fast-import:
      each commit changes one of 50 files, adding 20 lines and dropping old ones once a file passes 200 lines; every
      hundredth commit renames the file it changes; every tenth commit plants a synthetic token of a valid format
      (GitHub classic with its CRC32, AWS key id, Slack bot, Stripe live, GitLab personal, npm with its CRC32),
      recorded with its commit, path, line and rule in DIR/.planted.tsv.
  secrets-history-repo.py check DIR REPORT    whether the JSON report of `rampart scan DIR --history` has each planted
      token once, with its rule, at its path and line and in the commit that added it, and nothing else.
"""
import json, os, random, subprocess, sys, zlib

B62 = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz"
rng = random.Random(7)

def rnd(chars, n): return "".join(rng.choice(chars) for _ in range(n))

def crc_token(prefix):
    body = rnd(B62, 30); n = zlib.crc32(body.encode()); c = ""
    while n: c = B62[n % 62] + c; n //= 62
    return prefix + body + c.rjust(6, "0")

FAMILIES = [
    ("RMP-SECRET-020", lambda: f'github_token = "{crc_token("ghp_")}"'),
    ("RMP-SECRET-001", lambda: f"aws_access_key_id = AKIA{rnd('ABCDEFGHIJKLMNOPQRSTUVWXYZ234567', 16)}"),
    ("RMP-SECRET-044", lambda: f"slack = xoxb-{rnd('0123456789', 12)}-{rnd('0123456789', 13)}-{rnd(B62, 24)}"),
    ("RMP-SECRET-053", lambda: f"stripe_key = sk_live_{rnd(B62, 32)}"),
    ("RMP-SECRET-026", lambda: f"gitlab = glpat-{rnd(B62, 20)}"),
    ("RMP-SECRET-060", lambda: f"//registry.npmjs.org/:token {crc_token('npm_')}"),
]

def make(root, commits):
    os.makedirs(root, exist_ok=True)
    subprocess.run(["git", "init", "-q", "-b", "main", root], check=True)
    files = [[] for _ in range(50)]
    names = [f"src/module{i % 7}/file{i}.txt" for i in range(50)]
    out, planted = [], []
    for c in range(commits):
        f = c % 50
        lines = files[f]
        if len(lines) > 200:
            del lines[:20]
        for l in range(20):
            if l == 7 and c % 10 == 0:
                rule, make_line = FAMILIES[(c // 10) % len(FAMILIES)]
                lines.append(make_line())
                planted.append([c, None, len(lines), rule])
            else:
                lines.append(f'value_{c}_{l} = "some configuration text for commit {c}, line {l}"')
        if c % 100 == 99:
            renamed = names[f].replace(".txt", f"-r{c}.txt")
            rename = f"R {names[f]} {renamed}\n"
            names[f] = renamed
        else:
            rename = ""
        if planted and planted[-1][0] == c:
            planted[-1][1] = names[f]
        content = "".join(x + "\n" for x in lines)
        message = f"change {c}"
        out.append(f"commit refs/heads/main\ncommitter Bench <bench@example.com> {1_700_000_000 + c * 60} +0000\n"
                   f"data {len(message)}\n{message}\n{rename}M 100644 inline {names[f]}\ndata {len(content.encode())}\n{content}\n")
    subprocess.run(["git", "-C", root, "fast-import", "--quiet"], input="".join(out).encode(), check=True)
    subprocess.run(["git", "-C", root, "checkout", "-q", "main"], check=True)
    with open(os.path.join(root, ".planted.tsv"), "w") as t:
        t.writelines(f"{c}\t{path}\t{line}\t{rule}\n" for c, path, line, rule in planted)
    print(f"{commits} commits, {len(planted)} planted tokens of {len(FAMILIES)} families")

def check(root, report):
    log = subprocess.run(["git", "-C", root, "log", "--format=%H %s"], check=True, capture_output=True, text=True).stdout
    commit_of = {int(s.split()[-1]): s.split()[0] for s in log.splitlines()}
    expected = set()
    with open(os.path.join(root, ".planted.tsv")) as t:
        for row in t:
            c, path, line, rule = row.rstrip("\n").split("\t")
            expected.add((commit_of[int(c)], path, int(line), rule))
    findings = [f for f in json.load(open(report))["findings"] if f["ruleId"].startswith("RMP-SECRET")]
    got = [(f["commit"]["id"], f["path"], f["line"], f["ruleId"]) for f in findings]
    found = expected & set(got)
    other = [g for g in got if g not in expected]
    print(f"planted {len(expected)}, found at their commit, path and line {len(found)}, other findings {len(other)}"
          + (f", duplicates {len(got) - len(set(got))}" if len(got) != len(set(got)) else ""))
    for g in sorted(expected - found)[:5]: print("  missed:", *g)
    for g in other[:5]: print("  other:", *g)
    return 0 if found == expected and not other and len(got) == len(set(got)) else 1

if __name__ == "__main__":
    if sys.argv[1] == "make":
        make(sys.argv[2], int(sys.argv[3]) if len(sys.argv) > 3 else 1000)
    else:
        sys.exit(check(sys.argv[2], sys.argv[3]))
