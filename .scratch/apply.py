import re, sys, glob, json
out = open(sys.argv[1]).read().split('\n')
pairs, removed, added = [], [], []
minus, plus = {}, {}
def flush():
    for k, v in minus.items():
        if k in plus: pairs.append((v, plus[k]))
        else: removed.append(v)
    for k, v in plus.items():
        if k not in minus: added.append(v)
    minus.clear(); plus.clear()
LINE = re.compile(r'^    ([-+])   (".*"),?$')
for l in out:
    if l.startswith('  ●'): flush(); continue
    m = LINE.match(l)
    if not m: continue
    text = m[2]
    key = text.split(' ')[0] + ' ' + (text.split(' ')[1] if ' ' in text else '')
    (minus if m[1] == '-' else plus)[key] = text
flush()
print(len(pairs), 'pairs;', len(removed), 'removed;', len(added), 'added')
for r in removed: print('REMOVED', r[:200])
for a in added: print('ADDED', a[:200])
if len(sys.argv) > 2:
    files = glob.glob('tests/templates/*.test.ts') + ['tests/rules/cms-plugins.test.ts']
    for path in files:
        s = open(path).read(); o = s
        sq = lambda t: "'" + t[1:-1].replace('\\"', '"').replace("'", "\\'") + "'"
        for old, new in pairs:
            s = s.replace(old, new).replace(sq(old), sq(new))
        for r in removed:
            s = re.sub(r'\n[ \t]*' + re.escape(r) + r',?(?=\n)', '', s)
        if s != o: open(path, 'w').write(s); print('wrote', path)
