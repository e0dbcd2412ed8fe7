"""Renders the dev golds' projects as HTML tables (family H or C columns, merged level cells) and prints them to PDF
with headless Chromium, in one of four styles (font size, page size, column widths), so that the text tools can be
measured on documents laid out anew; a style with a "w" after it (aw … dw) prints the same HTML with LibreOffice
Writer (soffice --headless) instead, keeping Writer's default spacing between Chinese and Latin text or digits
(autospace: pdftotext then prints "2024 年"), one with an "n" after it (an … dn) with that spacing turned off; a "g"
at the end (ag, awg …) lays each project out in family G instead (OUTPUT.md: 项目名称, 项目编码, 主管部门, 资金总额 /
财政拨款 / 其他资金, 绩效目标; 指标性质 / 指标值 / 度量单位 columns), its gold rewritten to match (g_family.py). The gold of each PDF is the dev gold it came from (department goals dropped).
   html_tables.py STYLE OUT_DIR [CORPUS_PDF_DIR]"""
import json, sys, os, html, subprocess, glob, tempfile, zipfile, shutil
import g_family
style = sys.argv[1]; out = sys.argv[2]
family_g = style.endswith('g'); style = style[:-1] if family_g else style
engine = style[1:] or 'chrome'; style = style[0]; writer = engine in ('w', 'n')
corpus = sys.argv[3] if len(sys.argv) > 3 else os.path.join(os.path.dirname(__file__), '../../../shared/corpus/dev/pdf')
os.makedirs(out, exist_ok=True)
STY = {
 'a': dict(font='10.5pt', page='A4', widths=[9,10,13,20,10,14], pad='2px'),
 'b': dict(font='9pt', page='A4 landscape', widths=[8,9,16,24,9,12], pad='1px'),
 'c': dict(font='12pt', page='A4', widths=[8,8,10,16,9,12], pad='3px'),
 'd': dict(font='10pt', page='B5', widths=[7,8,9,14,8,10], pad='1px'),
}[style]
def amt(v, unit):
    if v is None: return ''
    return f"{v:,.2f}" if unit == '元' else f"{v:.2f}"
def esc(s): return html.escape(s or '')
for gpath in sorted(glob.glob(os.path.join(corpus, '*.chrome.gold.json'))):
    g = json.load(open(gpath))
    base = os.path.basename(gpath).replace('.chrome.gold.json', '') + '.gen' + style + ('' if engine == 'chrome' else engine) + ('g' if family_g else '')
    if family_g: g = g_family.gold(g)
    d = g['document']; unit = d.get('amountUnit') or '万元'
    h = [f"<html><head><meta charset='utf-8'><style>@page{{size:{STY['page']};margin:18mm}} body{{font-family:'Noto Sans CJK SC','WenQuanYi Zen Hei',sans-serif;font-size:{STY['font']}}} table{{border-collapse:collapse;width:100%;page-break-inside:auto}} td{{border:1px solid #000;padding:{STY['pad']};vertical-align:middle;text-align:center}} tr{{page-break-inside:avoid}} .t{{text-align:center;font-weight:bold;margin:8px}} .u{{display:flex;justify-content:space-between}}</style></head><body>"]
    h.append(f"<div class=t>{esc(d['title'])}</div>")
    for p in g['projects']:
        h.append(f"<div style='page-break-before:always' class=t>{p['seq']}.{esc(p['title'])}</div>")
        unit_name = esc(p.get('unitCode') or '') + esc(p.get('unitName') or '')
        unit_note = f"单位：{esc(p.get('amountUnit') or unit)}"
        if writer:  # Writer lays no flex box out: the unit's name and the note stand apart by spaces
            h.append(f"<p>{unit_name}{'&nbsp;' * 12}{unit_note}</p>")
        else:
            h.append(f"<div class=u><span>{unit_name}</span><span>{unit_note}</span></div>")
        w = STY['widths']
        if family_g:
            h.extend(g_family.table(p, w, lambda v: amt(v, p.get('amountUnit') or unit), esc))
            continue
        h.append("<table><colgroup>" + ''.join(f"<col style='width:{x}%'>" for x in w) + "</colgroup>")
        b = p['budget']; pu = p.get('amountUnit') or unit
        h.append(f"<tr><td>项目编码</td><td colspan=5>{esc(p['code'])}</td></tr>")
        h.append(f"<tr><td>项目名称</td><td colspan=5>{esc(p['name'])}</td></tr>")
        if p.get('department'):  # family C prints the department and the unit in the header block
            h.append(f"<tr><td>主管部门</td><td colspan=2>{esc(p['department'])}</td><td>实施单位</td>"
                     f"<td colspan=2>{esc(p.get('unitName') or '')}</td></tr>")
        h.append(f"<tr><td rowspan=2>预算规模及资金用途</td><td>预算数</td><td>{amt(b['total'],pu)}</td><td>其中：财政资金</td><td>{amt(b['fiscal'],pu)}</td><td>其他资金 {amt(b['other'],pu)}</td></tr>")
        h.append(f"<tr><td colspan=5>{esc(p.get('purpose'))}</td></tr>")
        fp = p.get('fundPlan') or []
        if fp:
            h.append("<tr><td rowspan=2>资金支出计划（%）</td>" + ''.join(f"<td>{esc(e['period'])}</td>" for e in fp) + "".join("<td></td>" for _ in range(5-len(fp))) + "</tr>")
            h.append("<tr>" + ''.join(f"<td>{amt(e['value'],pu)}</td>" for e in fp) + "".join("<td></td>" for _ in range(5-len(fp))) + "</tr>")
        goals = '<br>'.join(f"{i+1}.{esc(x)}" for i, x in enumerate(p.get('goals') or []))
        h.append(f"<tr><td>绩效目标</td><td colspan=5 style='text-align:left'>{goals}</td></tr>")
        inds = p['indicators']
        cols = ['level3'] + (['description'] if any(x.get('description') for x in inds) else []) + ['value'] + (['basis'] if any(x.get('basis') for x in inds) else [])
        names = {'level3':'三级指标','description':'绩效指标描述','value':'指标值','basis':'指标值确定依据'}
        h.append("<tr><td>一级指标</td><td>二级指标</td>" + ''.join(f"<td>{names[c]}</td>" for c in cols) + "".join("<td></td>" for _ in range(4-len(cols))) + "</tr>")
        for i, ind in enumerate(inds):
            row = "<tr>" + g_family.level_cells(inds, i, esc)
            row += ''.join(f"<td>{esc(ind[f])}</td>" for f in cols) + "".join("<td></td>" for _ in range(4-len(cols))) + "</tr>"
            h.append(row)
        h.append("</table>")
    h.append("</body></html>")
    hp = f"{out}/{base}.html"; open(hp, 'w').write('\n'.join(h))
    if engine == 'w':
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--infilter=HTML (StarWriter)',
                        '--outdir', out, hp], capture_output=True, timeout=300)
    elif engine == 'n':  # HTML to ODT, autospace off in its styles, ODT to PDF
        work = tempfile.mkdtemp()
        subprocess.run(['soffice', '--headless', '--convert-to', 'odt', '--infilter=HTML (StarWriter)', '--outdir', work,
                        hp], capture_output=True, timeout=300)
        odt = os.path.join(work, base + '.odt')
        with zipfile.ZipFile(odt) as z:
            parts = {n: z.read(n) for n in z.namelist()}
        with zipfile.ZipFile(odt, 'w') as z:
            z.writestr('mimetype', parts.pop('mimetype'), compress_type=zipfile.ZIP_STORED)
            for n, b in parts.items():
                if n.endswith('.xml'):
                    b = b.replace(b'text-autospace="ideograph-alpha"', b'text-autospace="none"')
                z.writestr(n, b, compress_type=zipfile.ZIP_DEFLATED)
        subprocess.run(['soffice', '--headless', '--convert-to', 'pdf:writer_pdf_Export', '--outdir', out, odt],
                       capture_output=True, timeout=300)
        shutil.rmtree(work)
    else:
        subprocess.run(['chromium','--headless','--no-sandbox','--disable-gpu','--no-first-run','--disable-background-networking','--disable-component-update','--disable-sync',f'--print-to-pdf={out}/{base}.pdf','--no-pdf-header-footer',hp], capture_output=True, timeout=120)
    gg = dict(g); gg['departmentGoals'] = None
    gg['source'] = dict(g['source']); gg['source']['path'] = base + '.pdf'
    json.dump(gg, open(f"{out}/{base}.gold.json", 'w'), ensure_ascii=False)
    print(base)
