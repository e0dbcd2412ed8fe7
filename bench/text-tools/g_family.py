"""Family G (OUTPUT.md) for html_tables.py: a dev gold's project laid out with G's header block and its 指标性质 /
指标值 / 度量单位 columns, and the gold rewritten to what such a page holds: the value cell is the number alone (its sign
and unit stand in their own columns), a qualitative value is marked 定性; G prints no fund plan, no use text and no
description column."""
import copy, re

SIGN = {'>=': '≥', '<=': '≤', '=': '=', '>': '＞', '<': '＜'}
NUMBER = re.compile(r'\d[\d,]*(?:\.\d+)?')


def gold(g):
    g = copy.deepcopy(g)
    dept = g['document'].get('department')
    for p in g['projects']:
        p['department'] = p.get('department') or dept
        p['purpose'] = None
        p['fundPlan'] = []
        for i in p['indicators']:
            i['description'] = None
            t = i.get('target')
            if t is not None:
                m = NUMBER.search(i['value'] or '')
                i['value'] = m.group(0) if m else str(t['number'])
    return g


def level_cells(inds, i, esc):
    """The merged 一级/二级指标 cells that start at row i (rowspan over their group), as HTML; shared with
    html_tables.py."""
    n, ind, out = len(inds), inds[i], ''
    if i == 0 or inds[i - 1]['level1'] != ind['level1']:
        k = i
        while k < n and inds[k]['level1'] == ind['level1']: k += 1
        out += f"<td rowspan={k - i}>{esc(ind['level1'])}</td>"
    if i == 0 or inds[i - 1]['level2'] != ind['level2'] or inds[i - 1]['level1'] != ind['level1']:
        k = i
        while k < n and inds[k]['level2'] == ind['level2'] and inds[k]['level1'] == ind['level1']: k += 1
        out += f"<td rowspan={k - i}>{esc(ind['level2'])}</td>"
    return out


def table(p, w, amount, esc):
    """The HTML of one project's table: seven columns."""
    b = p['budget']
    inds = p['indicators']
    basis = any(x.get('basis') for x in inds)
    n_cols = 7 if basis else 6
    h = ["<table><colgroup>" + ''.join(f"<col style='width:{x}%'>" for x in (w + [w[-1]])[:n_cols]) + "</colgroup>"]
    h.append(f"<tr><td>项目名称</td><td colspan={n_cols - 1}>{esc(p['name'])}</td></tr>")
    h.append(f"<tr><td>项目编码</td><td colspan=2>{esc(p.get('code'))}</td><td>主管部门</td>"
             f"<td colspan={n_cols - 4}>{esc(p.get('department'))}</td></tr>")
    h.append(f"<tr><td>资金总额</td><td>{amount(b['total'])}</td><td>财政拨款</td><td>{amount(b['fiscal'])}</td>"
             f"<td>其他资金</td><td colspan={n_cols - 5}>{amount(b['other'])}</td></tr>")
    goals = '<br>'.join(f"{k + 1}.{esc(x)}" for k, x in enumerate(p.get('goals') or []))
    h.append(f"<tr><td>绩效目标</td><td colspan={n_cols - 1} style='text-align:left'>{goals}</td></tr>")
    head = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位'] + (['指标值确定依据'] if basis else [])
    h.append("<tr>" + ''.join(f"<td>{x}</td>" for x in head) + "</tr>")
    for i, ind in enumerate(inds):
        row = "<tr>" + level_cells(inds, i, esc)
        t = ind.get('target')
        sign, unit = (SIGN[t['op']], t['unit'] or '') if t else ('定性', '')
        cells = [ind['level3'], sign, ind['value'], unit] + ([ind.get('basis')] if basis else [])
        row += ''.join(f"<td>{esc(c)}</td>" for c in cells) + "</tr>"
        h.append(row)
    h.append("</table>")
    return h
