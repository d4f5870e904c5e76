import re, sys
P = r'\(((?:[^()]|\([^()]*\))*)\)'   # one balanced (..) level, captured inside
MORE = r'( \(and \d+ more\))?'
forms = [
  (re.compile(r'^(.*?) loads (.*) on this sensitive page ' + P + MORE + '$'), lambda m: f"{m[1]} loads {m[2]}{m[4] or ''}; {m[3]}"),
  (re.compile(r'^(.*) injects (.*) at (.*?) on this sensitive page ' + P + MORE + '$'), lambda m: f"{m[1]} injects {m[2]} at {m[3]}{m[5] or ''}; {m[4]}"),
  (re.compile(r"^(.*) sends this visit to Meta with the visitor's Facebook identity, on a sensitive page " + P + '$'), lambda m: f"{m[1]}; {m[2]}"),
  (re.compile(r'^(.*) puts the Meta Pixel on a sensitive page ' + P + '$'), lambda m: f"{m[1]}; {m[2]}"),
  (re.compile(r'^(.*) sends this visit to (.*?) ' + P + ', on a sensitive page ' + P + '$'), lambda m: f"{m[1]}, a call to {m[3]}; {m[4]}"),
  (re.compile(r'^(.*) puts (.*) on a sensitive page ' + P + '$'), lambda m: f"{m[1]}, from {m[2]}; {m[3]}"),
  (re.compile(r'^(.*) tracks visitors for (.*?) ' + P + ' on a sensitive page ' + P + '$'), lambda m: f"{m[1]}, for {m[3]}; {m[4]}"),
  (re.compile(r'^(.*) tracks visitors on a sensitive page ' + P + '$'), lambda m: f"{m[1]}; {m[2]}"),
]
HEAD = re.compile(r'^(\s*")(\S+:\d+:\d+ pixel-guard/\S+ )(.*)(",?)$')
def convert(line):
    m = HEAD.match(line)
    if not m: return line
    body = m[3].replace('\\"', '\x00')
    for rx, f in forms:
        mm = rx.match(body)
        if mm: return m[1] + m[2] + f(mm).replace('\x00', '\\"') + m[4]
    return line
for path in sys.argv[1:]:
    lines = open(path).read().split('\n')
    out = [convert(l) for l in lines]
    changed = sum(a != b for a, b in zip(lines, out))
    open(path, 'w').write('\n'.join(out))
    print(path, changed)
