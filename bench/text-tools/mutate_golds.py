"""Makes golds of documents nobody has seen from the dev golds, so that the text reader can be measured on content it
was not tuned on: each dev document keeps its family's shape (its header fields, its indicator levels, which columns
it fills) but gets another county and year, other project names and codes, other amounts, and indicator rows drawn
from the pool of all golds (name and description of one row, value of another, basis of a third, same level pair),
their numbers changed. html_tables.py then lays them out (GEN_CORPUS in scripts/text-tools).
   mutate_golds.py SEED OUT_DIR [CORPUS_PDF_DIR [SEED_GOLD]]"""
import json, sys, os, glob, random, re, copy

seed = int(sys.argv[1]); out = sys.argv[2]
here = os.path.dirname(__file__)
corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(here, '../../../shared/corpus/dev/pdf')
extra = sys.argv[4] if len(sys.argv) > 4 else os.path.join(corpus, '../../seed/julu-2023.gold.json')
rnd = random.Random(seed)
os.makedirs(out, exist_ok=True)
REGIONS = ['临城县', '柏乡县', '平乡县', '广宗县', '隆尧县', '内丘县', '南和区', '新河县', '清河县', '临西县',
           '莒南县', '沂水县', '开化县', '庆元县', '崇州市', '蒲江县', '大邑县', '武强县', '饶阳县', '安平县']

sources = sorted(glob.glob(os.path.join(corpus, '*.chrome.gold.json')))
golds = [json.load(open(f)) for f in sources] + ([json.load(open(extra))] if os.path.exists(extra) else [])
rows, names, purposes, goal_lists = {}, [], [], []
for g in golds:
    for p in g['projects']:
        names.append(p['name'])
        if p.get('purpose'): purposes.append(p['purpose'])
        if p.get('goals'): goal_lists.append(p['goals'])
        for i in p['indicators']:
            rows.setdefault((i['level1'], i['level2']), []).append(i)

NUM = re.compile(r'\d[\d,]*(?:\.\d+)?')

def new_number(x):
    """A number of the same kind: percentages stay at most 100, integers stay integers."""
    if x is None: return None
    if 0 < x <= 100 and rnd.random() < 0.5:
        return float(rnd.choice([80, 85, 90, 92, 95, 98, 99, 100]))
    k = rnd.uniform(0.3, 3.0)
    y = x * k
    return float(round(y)) if x == int(x) else round(y, 2)

def value_of(src):
    """The value and target of a pool row with its number changed where the value prints it once."""
    value, target = src.get('value'), copy.deepcopy(src.get('target'))
    if not value or not target or target.get('number') is None: return value, target
    ms = [m for m in NUM.finditer(value) if float(m.group().replace(',', '')) == target['number']]
    if len(ms) != 1: return value, target
    m = ms[0]; old = m.group(); n = new_number(target['number'])
    if target.get('unit') == '%' and n > 100: n = 100.0
    dec = len(old.split('.')[1]) if '.' in old else 0
    text = f"{n:,.{dec}f}" if ',' in old else f"{n:.{dec}f}"
    target['number'] = float(text.replace(',', ''))
    if target['number'] == int(target['number']): target['number'] = int(target['number'])
    return value[:m.start()] + text + value[m.end():], target

def code_like(code):
    if not code: return code
    return ''.join(rnd.choice('0123456789') if c.isdigit() else rnd.choice('ABCDEFGHJKLMNPQRSTUVWXYZ')
                   if c.isalpha() and c.isascii() else c for c in code)

def amount(x, unit):
    return round(x) if unit == '元' else round(x, 2)

for path, g in zip(sources, golds):
    g = copy.deepcopy(g); d = g['document']
    old_region = d.get('region'); region = rnd.choice(REGIONS); year = rnd.randint(2019, 2027)
    def re_region(s):
        if not s or not old_region: return s
        return s.replace(old_region, region)
    for k in ('title', 'department', 'unitName'):
        d[k] = re_region(d.get(k))
    if d.get('title') and d.get('fiscalYear') and str(d['fiscalYear']) in d['title']:  # else the year is the file's
        d['title'] = d['title'].replace(str(d['fiscalYear']), str(year))
        d['fiscalYear'] = year
    d['region'] = region if old_region else None
    if d.get('unitCode'): d['unitCode'] = code_like(d['unitCode'])
    for p in g['projects']:
        name = rnd.choice(names)
        if p['title'] and p['name'] and p['title'].startswith(p['name']): p['title'] = name + p['title'][len(p['name']):]
        p['name'] = name
        p['code'] = code_like(p.get('code'))
        for k in ('department', 'unitName'): p[k] = re_region(p.get(k))
        if p.get('unitCode'): p['unitCode'] = d.get('unitCode') or code_like(p['unitCode'])
        unit = p.get('amountUnit') or d.get('amountUnit') or '万元'
        b = p['budget']; old_total = b.get('total')
        if old_total:
            r = rnd.uniform(0.2, 5.0)
            total = amount(old_total * r, unit)
            fiscal = total if b.get('fiscal') == old_total else (amount(b['fiscal'] * r, unit) if b.get('fiscal') else b.get('fiscal'))
            other = None if b.get('other') is None else amount(total - (fiscal or 0), unit)
            plan = p.get('fundPlan') or []
            vals = [e for e in plan if e.get('value') is not None]
            summed = vals and abs(sum(e['value'] for e in vals) - old_total) < 0.01
            for e in vals: e['value'] = amount(e['value'] * r, unit)
            if summed: vals[-1]['value'] = amount(total - sum(e['value'] for e in vals[:-1]), unit)
            b.update(total=total, fiscal=fiscal, other=other)
        if p.get('purpose'): p['purpose'] = rnd.choice(purposes)
        if p.get('goals'): p['goals'] = list(rnd.choice(goal_lists))
        for i in p['indicators']:
            pool = rows[(i['level1'], i['level2'])]
            a, v, s = rnd.choice(pool), rnd.choice(pool), rnd.choice(pool)
            has_desc, has_basis = i.get('description') is not None, i.get('basis') is not None
            i['level3'] = a['level3']
            i['description'] = (a.get('description') or a['level3']) if has_desc else None
            i['value'], i['target'] = value_of(v)
            i['basis'] = (s.get('basis') or v.get('basis') or a.get('basis')) if has_basis else None
    base = os.path.basename(path).replace('.chrome.gold.json', f'.m{seed}.chrome.gold.json')
    g['source'] = dict(g['source']); g['source']['path'] = base.replace('.gold.json', '.pdf')
    g['issues'] = []
    json.dump(g, open(os.path.join(out, base), 'w'), ensure_ascii=False)
    print(base)
